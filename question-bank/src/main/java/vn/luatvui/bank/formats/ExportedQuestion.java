package vn.luatvui.bank.formats;

import vn.luatvui.bank.question.QuestionContent;

/**
 * One question to write to a file.
 *
 * @param timeLimitSeconds null: left empty (Kahoot gets 20)
 * @param points           null: left empty
 * @param key              optional stable id (JSON key, GIFT title, LuậtVui "Mã" column)
 */
public record ExportedQuestion(QuestionContent content, Integer timeLimitSeconds, Integer points, String key) {

  public ExportedQuestion(QuestionContent content) {
    this(content, null, null, null);
  }
}
