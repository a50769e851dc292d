package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes questions to a file of a given format. Each format carries what it can hold (see
 * {@link QuestionFormat#canHold}); questions it cannot hold are skipped, and the count of those
 * written is returned so the caller can say how many were left out.
 */
public final class QuestionExporter {

  private QuestionExporter() {
  }

  /**
   * Writes the questions; the stream is flushed, not closed.
   *
   * @return how many questions were written
   * @throws UncheckedIOException when the stream fails
   */
  public static int write(QuestionFormat format, List<ExportedQuestion> questions, OutputStream out) {
    return write(format, (Iterable<ExportedQuestion>) questions, out);
  }

  /**
   * A ZIP of the sheet (a spreadsheet format, or JSON) and the stored images its questions show,
   * which the importer reads back whole: the image column names each file in the ZIP.
   *
   * @return how many questions were written
   */
  public static int writeZip(QuestionFormat format, Iterable<ExportedQuestion> questions, ImageSource images,
                             OutputStream out) {
    if (!QuestionImporter.isSpreadsheet(format)) {
      throw new IllegalArgumentException(format + " is not written in a ZIP with its images");
    }
    try {
      return ZipExport.write(format, questions, images, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the questions as the iterable yields them, holding only a few at a time (every format
   * streams: a database cursor can feed it 100,000 questions in constant memory, XLSX through a
   * temporary file); the stream is flushed, not closed.
   *
   * @return how many questions were written
   * @throws UncheckedIOException when the stream fails
   */
  public static int write(QuestionFormat format, Iterable<ExportedQuestion> questions, OutputStream out) {
    return write(format, questions, out, null);
  }

  /**
   * The same, with the stored images at hand: Moodle XML embeds each question's image in the file
   * (base64, as Moodle exports them); other formats keep the image's address.
   */
  public static int write(QuestionFormat format, Iterable<ExportedQuestion> questions, OutputStream out,
                          ImageSource images) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(out, "out");
    try {
      switch (format) {
        case XLSX_KAHOOT:
          return KahootLayout.INSTANCE.writeXlsx(questions, format, out);
        case XLSX_LUATVUI:
          return LuatVuiLayout.INSTANCE.writeXlsx(questions, format, out);
        case CSV_KAHOOT:
          return KahootLayout.INSTANCE.writeCsv(questions, format, out);
        case CSV_LUATVUI:
          return LuatVuiLayout.INSTANCE.writeCsv(questions, format, out);
        case JSON:
          return JsonFormat.write(questions, out);
        case AIKEN:
          return AikenFormat.write(questions, out);
        case GIFT:
          return GiftFormat.write(questions, out);
        case XLSX_WAYGROUND:
          return WaygroundLayout.INSTANCE.writeXlsx(questions, format, out);
        case CSV_WAYGROUND:
          return WaygroundLayout.INSTANCE.writeCsv(questions, format, out);
        case MOODLE_XML:
          return MoodleXmlWriter.write(questions, out, images);
        default:
          throw new IllegalArgumentException("unknown format " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
