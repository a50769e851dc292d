package vn.luatvui.server.contest.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.judging.Shuffle;

/**
 * Draws an attempt's questions (bốc đề) from the pool's candidates.
 *
 * <ol>
 *   <li>POLL questions are never drawn (they earn no points); the candidates are taken in question
 *       id order (the latest version when an id comes twice), so the order they come in does not
 *       matter, then put in an order random for the seed.</li>
 *   <li>Quotas are filled in order, each with {@code count} distinct matching candidates not already
 *       taken (see {@link QuotaFill}).</li>
 *   <li>The rest, up to {@code count}, come from all candidates not taken.</li>
 *   <li>The drawn questions are shuffled, so quota questions do not come first, and each gets its
 *       choice order from {@link Shuffle#of}.</li>
 * </ol>
 * The same candidates, pool and seed always give the same draw.
 */
public final class Draw {
  private Draw() {
  }

  /** @throws PoolTooSmall when the candidates cannot meet a quota or the count */
  public static List<DrawnQuestion> draw(List<Candidate> candidates, QuestionPool pool, int count, long seed) {
    if (count < 1) {
      throw new IllegalArgumentException("An attempt needs at least one question: " + count);
    }
    Optional<String> tooMany = quotasExceed(pool, count);
    if (tooMany.isPresent()) {
      throw new PoolTooSmall(tooMany.get());
    }
    Mixer mixer = new Mixer(seed);
    List<Candidate> order = drawable(candidates);
    mixer.shuffle(order);
    QuotaFill.Result fill = QuotaFill.fill(order, pool.quotas());
    if (!fill.met()) {
      throw new PoolTooSmall(quotaMessage(order, pool.quotas(), fill));
    }
    boolean[] taken = new boolean[order.size()];
    List<Candidate> drawn = new ArrayList<>(count);
    for (int i : fill.taken()) {
      taken[i] = true;
      drawn.add(order.get(i));
    }
    List<Candidate> rest = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      if (!taken[i]) {
        rest.add(order.get(i));
      }
    }
    if (drawn.size() + rest.size() < count) {
      throw new PoolTooSmall(countMessage(count, order.size()));
    }
    // A fresh order: the quotas took the first matches, so the leftovers of a quota sit late in the first one.
    mixer.shuffle(rest);
    drawn.addAll(rest.subList(0, count - drawn.size()));
    mixer.shuffle(drawn);
    List<DrawnQuestion> questions = new ArrayList<>(count);
    for (Candidate c : drawn) {
      Shuffle shuffle = Shuffle.of(c.type(), c.choiceCount(), mixer.next());
      questions.add(new DrawnQuestion(c.questionId(), c.version(), shuffle.order()));
    }
    return List.copyOf(questions);
  }

  /** Why no attempt can be drawn (in Vietnamese, for the organiser), or empty when every draw succeeds. */
  public static Optional<String> problem(List<Candidate> candidates, QuestionPool pool, int count) {
    if (count < 1) {
      return Optional.of("Mỗi lượt thi cần ít nhất 1 câu hỏi.");
    }
    try {
      draw(candidates, pool, count, 0L);
      return Optional.empty();
    } catch (PoolTooSmall e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Non-poll candidates by question id, one per id (the latest version). */
  private static List<Candidate> drawable(List<Candidate> candidates) {
    Map<Long, Candidate> byId = new LinkedHashMap<>();
    candidates.stream()
        .filter(c -> c.type() != null && c.type() != QuestionType.POLL)
        .sorted(Comparator.comparingLong(Candidate::questionId).thenComparingInt(Candidate::version))
        .forEach(c -> byId.put(c.questionId(), c));
    return new ArrayList<>(byId.values());
  }

  private static Optional<String> quotasExceed(QuestionPool pool, int count) {
    long sum = pool.quotas().stream().mapToLong(q -> Math.max(0, q.count())).sum();
    if (sum <= count) {
      return Optional.empty();
    }
    return Optional.of("Tổng số câu của các hạn mức (" + sum + ") vượt quá số câu hỏi mỗi lượt thi (" + count + ").");
  }

  private static String quotaMessage(List<Candidate> order, List<Quota> quotas, QuotaFill.Result fill) {
    Quota quota = quotas.get(fill.failedQuota());
    long matching = order.stream().filter(quota::matches).count();
    String head = "Hạn mức " + quota.describe() + " cần " + quota.count() + " câu nhưng ";
    if (matching < quota.count()) {
      return head + "kho chỉ có " + matching + " câu phù hợp.";
    }
    return head + "sau khi đáp ứng các hạn mức trước, kho chỉ còn " + fill.filled() + " câu phù hợp.";
  }

  private static String countMessage(int count, int available) {
    return "Mỗi lượt thi cần " + count + " câu hỏi nhưng kho chỉ có " + available
        + " câu phù hợp (không tính câu hỏi thăm dò ý kiến).";
  }
}
