package vn.luatvui.bank.formats;

import java.util.function.Function;
import vn.luatvui.bank.question.QuestionContent;

/**
 * One question read from a file, normalised and valid by {@code QuestionRules}.
 *
 * @param row              where it came from: spreadsheet row, text line (JSON, Aiken, GIFT), 1-based
 * @param timeLimitSeconds from the file, or the default of the import
 * @param points           from the file, or the default of the import
 * @param key              a stable id from the file (JSON key, GIFT title, LuậtVui "Mã" column), or null
 * @param columns          where each field of the content was read: a spreadsheet column ("I (Trích dẫn)")
 *                         or a field path of a text format; null when no place in the file holds it (a
 *                         citation given by the import's default), so later checks (the citation against
 *                         the legal store) report at the same place as the file's own errors
 */
public record ImportedQuestion(int row, QuestionContent content, Integer timeLimitSeconds, Integer points,
                               String key, Function<String, String> columns) {
  public ImportedQuestion(int row, QuestionContent content, Integer timeLimitSeconds, Integer points, String key) {
    this(row, content, timeLimitSeconds, points, key, field -> null);
  }

  /** The column or field the given field of the content was read from, or null. */
  public String column(String field) {
    return columns.apply(field);
  }

  /** The same question ready to be written out again. */
  public ExportedQuestion toExported() {
    return new ExportedQuestion(content, timeLimitSeconds, points, key);
  }
}
