package vn.luatvui.server.judging;

import java.util.ArrayList;
import java.util.List;

/**
 * A player's answer (câu trả lời). Exactly one part is set, by question type:
 * <ul>
 *   <li>{@code choice}: SINGLE_CHOICE, TRUE_FALSE, POLL</li>
 *   <li>{@code choices}: MULTIPLE_SELECT, the selected choices</li>
 *   <li>{@code text}: TYPE_ANSWER</li>
 *   <li>{@code order}: ORDERING, the choices in the order the player put them</li>
 * </ul>
 * In a command, indices are positions as the player saw them (shuffled). In a {@link PlayerAnswer}
 * they are bank indices, and the text is in NFC and trimmed.
 */
public record AnswerPayload(Integer choice, List<Integer> choices, String text, List<Integer> order) {

  public AnswerPayload {
    choices = choices == null ? null : List.copyOf(choices);
    order = order == null ? null : List.copyOf(order);
  }

  public static AnswerPayload ofChoice(int index) {
    return new AnswerPayload(index, null, null, null);
  }

  public static AnswerPayload ofChoices(int... indices) {
    return ofChoices(list(indices));
  }

  public static AnswerPayload ofChoices(List<Integer> indices) {
    return new AnswerPayload(null, indices, null, null);
  }

  public static AnswerPayload ofText(String text) {
    return new AnswerPayload(null, null, text, null);
  }

  public static AnswerPayload ofOrder(int... indices) {
    return ofOrder(list(indices));
  }

  public static AnswerPayload ofOrder(List<Integer> indices) {
    return new AnswerPayload(null, null, null, indices);
  }

  /** How many parts are set; a well-formed answer has exactly one. */
  public int parts() {
    return (choice != null ? 1 : 0) + (choices != null ? 1 : 0) + (text != null ? 1 : 0) + (order != null ? 1 : 0);
  }

  private static List<Integer> list(int... indices) {
    List<Integer> list = new ArrayList<>(indices.length);
    for (int i : indices) {
      list.add(i);
    }
    return list;
  }
}
