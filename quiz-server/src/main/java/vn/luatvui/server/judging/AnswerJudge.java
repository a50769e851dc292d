package vn.luatvui.server.judging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Whether an answer fits its question and how much of it is right, per question type. Pure: the
 * same question, shuffle and payload always give the same judgement.
 *
 * <ul>
 *   <li>SINGLE_CHOICE, TRUE_FALSE: the chosen choice is the correct one.</li>
 *   <li>MULTIPLE_SELECT: ALL_OR_NOTHING is right only with exactly the correct choices; PER_OPTION
 *       earns (correct selected − wrong selected, at least 0) / number correct, and counts as
 *       correct (for the streak) only when exactly right.</li>
 *   <li>TYPE_ANSWER: the folded text (no diacritics, đ→d, lower case, single spaces) equals the fold
 *       of an accepted answer: "Mười  SÁU" and "muoi sau" both match "mười sáu".</li>
 *   <li>ORDERING: translated to bank indices, the order is 0, 1, …, n−1.</li>
 *   <li>POLL: any choice; never correct.</li>
 * </ul>
 */
public final class AnswerJudge {
  /** The longest typed answer taken, in characters. */
  public static final int MAX_TEXT = 200;

  /**
   * A judged answer.
   *
   * @param answer  the payload in bank indices (text in NFC, trimmed)
   * @param correct exactly right (what the streak counts)
   * @param credit  the share of the points earned is credit / outOf
   */
  public record Judgement(AnswerPayload answer, boolean correct, int credit, int outOf) {
  }

  private AnswerJudge() {
  }

  /**
   * The judgement of an answer to this content shown in this shuffle, or empty when the payload does
   * not fit (wrong part, index, size). The shuffle must have one entry per choice of the content.
   */
  public static Optional<Judgement> judge(QuestionContent content, Shuffle shuffle, AnswerPayload payload) {
    if (content == null || content.type() == null || payload == null || payload.parts() != 1
        || shuffle.size() != content.choices().size()) {
      return Optional.empty();
    }
    return switch (content.type()) {
      case SINGLE_CHOICE, TRUE_FALSE -> single(content, shuffle, payload, true);
      case POLL -> single(content, shuffle, payload, false);
      case MULTIPLE_SELECT -> multiple(content, shuffle, payload);
      case TYPE_ANSWER -> typed(content, payload);
      case ORDERING -> ordering(shuffle, payload);
    };
  }

  private static Optional<Judgement> single(QuestionContent c, Shuffle s, AnswerPayload p, boolean scored) {
    Integer shown = p.choice();
    if (shown == null || shown < 0 || shown >= s.size()) {
      return Optional.empty();
    }
    int bank = s.toBank(shown);
    boolean correct = scored && c.choices().get(bank).correct();
    return Optional.of(new Judgement(AnswerPayload.ofChoice(bank), correct, correct ? 1 : 0, 1));
  }

  private static Optional<Judgement> multiple(QuestionContent c, Shuffle s, AnswerPayload p) {
    List<Integer> picks = p.choices();
    if (picks == null || picks.isEmpty()) {
      return Optional.empty();
    }
    boolean[] picked = new boolean[s.size()];
    for (Integer shown : picks) {
      if (shown == null || shown < 0 || shown >= s.size() || picked[s.toBank(shown)]) {
        return Optional.empty();
      }
      picked[s.toBank(shown)] = true;
    }
    int right = 0;
    int wrong = 0;
    int needed = 0;
    List<Integer> bank = new ArrayList<>(picks.size());
    for (int b = 0; b < picked.length; b++) {
      boolean correct = c.choices().get(b).correct();
      needed += correct ? 1 : 0;
      if (picked[b]) {
        bank.add(b);
        right += correct ? 1 : 0;
        wrong += correct ? 0 : 1;
      }
    }
    boolean exact = right == needed && wrong == 0;
    AnswerPayload answer = AnswerPayload.ofChoices(bank);
    if (c.scoring() == MultiSelectScoring.PER_OPTION) {
      return Optional.of(new Judgement(answer, exact, Math.max(0, right - wrong), needed));
    }
    return Optional.of(new Judgement(answer, exact, exact ? 1 : 0, 1));
  }

  private static Optional<Judgement> typed(QuestionContent c, AnswerPayload p) {
    if (p.text() == null) {
      return Optional.empty();
    }
    String text = VietnameseText.nfc(p.text()).strip();
    if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_TEXT) {
      return Optional.empty();
    }
    String folded = VietnameseText.fold(text);
    boolean correct = false;
    for (String accepted : c.accepted()) {
      if (folded.equals(VietnameseText.fold(accepted))) {
        correct = true;
        break;
      }
    }
    return Optional.of(new Judgement(AnswerPayload.ofText(text), correct, correct ? 1 : 0, 1));
  }

  private static Optional<Judgement> ordering(Shuffle s, AnswerPayload p) {
    List<Integer> order = p.order();
    if (order == null || order.size() != s.size()) {
      return Optional.empty();
    }
    boolean[] seen = new boolean[s.size()];
    List<Integer> bank = new ArrayList<>(order.size());
    boolean correct = true;
    for (int i = 0; i < order.size(); i++) {
      Integer shown = order.get(i);
      if (shown == null || shown < 0 || shown >= s.size() || seen[shown]) {
        return Optional.empty();
      }
      seen[shown] = true;
      int b = s.toBank(shown);
      bank.add(b);
      correct &= b == i;
    }
    return Optional.of(new Judgement(AnswerPayload.ofOrder(bank), correct, correct ? 1 : 0, 1));
  }
}
