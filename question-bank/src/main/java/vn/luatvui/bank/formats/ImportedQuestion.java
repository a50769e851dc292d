package vn.luatvui.bank.formats;

import vn.luatvui.bank.question.QuestionContent;

/**
 * One question read from a file, normalised and valid by {@code QuestionRules}.
 *
 * @param row              where it came from: spreadsheet row, text line (JSON, Aiken, GIFT), 1-based
 * @param timeLimitSeconds from the file, or the default of the import
 * @param points           from the file, or the default of the import
 * @param key              a stable id from the file (JSON key, GIFT title, LuậtVui "Mã" column), or null
 */
public record ImportedQuestion(int row, QuestionContent content, Integer timeLimitSeconds, Integer points,
                               String key) {

  /** The same question ready to be written out again. */
  public ExportedQuestion toExported() {
    return new ExportedQuestion(content, timeLimitSeconds, points, key);
  }
}
