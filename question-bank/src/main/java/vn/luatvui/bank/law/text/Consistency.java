package vn.luatvui.bank.law.text;

import java.util.List;

/** Checks across a file's parts: the text matches its stated coverage, and provisions named exist. */
final class Consistency {
  private Consistency() {
  }

  /** The lines of the header's "Hiệu lực riêng" and of the changes, in their order. */
  record Lines(List<Integer> ownDates, List<Integer> changes) {
  }

  static void check(DocumentHeader h, LegalText text, List<Change> changes, Lines lines, List<ParseError> errors) {
    boolean hasArticles = !text.articles().isEmpty();
    if (h.coverage() == TextCoverage.NONE && hasArticles) {
      errors.add(new ParseError(1, "\"Văn bản: không có\" nhưng phần thân có Điều"));
    }
    if (h.coverage() != TextCoverage.NONE && !hasArticles) {
      errors.add(new ParseError(1, "\"Văn bản: " + h.coverage().label() + "\" nhưng phần thân không có Điều nào"));
    }
    for (int i = 0; i < changes.size(); i++) {
      if (changes.get(i).targetDocument().equals(h.number())) {
        errors.add(new ParseError(lines.changes().get(i), "một văn bản không thay đổi chính nó ("
            + changes.get(i).target().reference() + ")"));
      }
    }
    if (h.coverage() != TextCoverage.FULL) {
      return;
    }
    for (int i = 0; i < h.ownDates().size(); i++) {
      DocumentHeader.ProvisionDate d = h.ownDates().get(i);
      if (text.find(d.provision()).isEmpty()) {
        errors.add(new ParseError(lines.ownDates().get(i), "\"Hiệu lực riêng\": văn bản không có " + d.provision().reference()));
      }
    }
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      if (text.find(c.source()).isEmpty()) {
        errors.add(new ParseError(lines.changes().get(i), "thay đổi " + c.action().label() + " " + c.target().reference() + " của "
            + c.targetDocument() + " dẫn " + c.source().reference() + ", văn bản này không có"));
      }
    }
  }
}
