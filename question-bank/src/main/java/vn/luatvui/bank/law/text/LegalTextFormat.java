package vn.luatvui.bank.law.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal store's text format (docs/legal-text-format.md): a header of {@code Key: value} lines up
 * to {@code ---}, the body as Vietnamese laws are printed, and, for an amending document, its changes
 * after {@code === THAY ĐỔI ===}. Every problem is reported with its line; nothing is half-read.
 */
public final class LegalTextFormat {
  static final String HEADER_END = "---";

  private LegalTextFormat() {
  }

  /**
   * Reads one file.
   *
   * @param file    its name, for messages
   * @param content its text (NFC-normalised here)
   * @throws LegalTextException with every error found, by line
   */
  public static LawDocument parse(String file, String content) {
    List<ParseError> errors = new ArrayList<>();
    String[] lines = Normalizer.normalize(content, Normalizer.Form.NFC).replace("\uFEFF", "").split("\r?\n", -1);
    HeaderReader header = new HeaderReader(errors);
    BodyReader body = new BodyReader(errors);
    ChangesReader changes = new ChangesReader(errors, header);
    int part = 0;
    int headerEnd = lines.length;
    for (int i = 0; i < lines.length; i++) {
      int no = i + 1;
      String line = lines[i];
      if (part == 0 && line.strip().equals(HEADER_END)) {
        part = 1;
        headerEnd = no;
      } else if (part < 2 && line.strip().equals(ChangesReader.MARK)) {
        if (part == 0) {
          errors.add(new ParseError(no, "thiếu dòng \"---\" kết thúc phần đầu"));
        }
        part = 2;
      } else if (part == 0) {
        header.line(no, line);
      } else if (part == 1) {
        body.line(no, line);
      } else {
        changes.line(no, line);
      }
    }
    DocumentHeader h = header.finish(headerEnd);
    LegalText text = body.finish();
    List<Change> list = changes.finish();
    if (h != null) {
      Consistency.check(h, text, list, new Consistency.Lines(header.ownDateLines(), changes.lines()), errors);
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(ParseError::line));
      throw new LegalTextException(file, errors);
    }
    return new LawDocument(h, text, list);
  }
}
