package vn.luatvui.server.contest.domain;

import java.util.List;

/**
 * A question drawn for an attempt (câu hỏi của lượt thi).
 *
 * @param choiceOrder {@code choiceOrder.get(shown)} is the bank index of the choice shown at {@code shown}
 */
public record DrawnQuestion(long questionId, int version, List<Integer> choiceOrder) {
  public DrawnQuestion {
    choiceOrder = List.copyOf(choiceOrder);
  }
}
