package vn.luatvui.bank.formats;

import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

/** The file formats questions can be imported from and exported to. */
public enum QuestionFormat {
  /** Kahoot's spreadsheet template: Question, Answer 1–4, Time limit, Correct answer(s). */
  XLSX_KAHOOT("xlsx", QuestionFormat.XLSX),
  /** LuậtVui's own spreadsheet: one question per row, every field of a question. */
  XLSX_LUATVUI("xlsx", QuestionFormat.XLSX),
  /** The Kahoot layout saved as CSV (UTF-8). */
  CSV_KAHOOT("csv", QuestionFormat.CSV),
  /** The LuậtVui layout saved as CSV (UTF-8). */
  CSV_LUATVUI("csv", QuestionFormat.CSV),
  /** LuậtVui's own JSON, lossless; the starter bank files use its items. */
  JSON("json", "application/json"),
  /** Moodle's Aiken text format: single-choice questions only. */
  AIKEN("txt", QuestionFormat.TEXT),
  /** Moodle's GIFT text format. */
  GIFT("gift", QuestionFormat.TEXT),
  /** Wayground's (formerly Quizizz) spreadsheet template. */
  XLSX_WAYGROUND("xlsx", QuestionFormat.XLSX),
  /** The Wayground template saved as CSV (UTF-8). */
  CSV_WAYGROUND("csv", QuestionFormat.CSV),
  /** Moodle XML, as Moodle's question bank exports it. */
  MOODLE_XML("xml", "application/xml; charset=UTF-8");

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String CSV = "text/csv; charset=UTF-8";
  private static final String TEXT = "text/plain; charset=UTF-8";

  private final String extension;
  private final String mediaType;

  QuestionFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The media type to send a file of this format with. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether an export in this format can carry this question; the exporter skips those it cannot. */
  public boolean canHold(QuestionContent content) {
    return content.type() != null && canHold(content.type(), content.choices().size());
  }

  /** The same rule from a question's type and number of choices (what an export can count in the database). */
  public boolean canHold(QuestionType type, int choices) {
    switch (this) {
      case XLSX_KAHOOT:
      case CSV_KAHOOT:
        return (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_SELECT
            || type == QuestionType.TRUE_FALSE) && choices <= KahootLayout.MAX_ANSWERS;
      case AIKEN:
        return type == QuestionType.SINGLE_CHOICE;
      case GIFT:
        return type != QuestionType.ORDERING;
      case XLSX_WAYGROUND:
      case CSV_WAYGROUND:
        return type != QuestionType.ORDERING && choices <= WaygroundLayout.MAX_OPTIONS;
      case MOODLE_XML:
        return type != QuestionType.POLL;
      default:
        return true;
    }
  }
}
