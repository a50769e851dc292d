package vn.luatvui.server.contest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.Map;

/**
 * How many have registered for a contest and taken part in each round, for its pages. Counting a
 * provincial contest's rows on every page view would cost more than the page, so the figures are
 * kept for a few seconds.
 */
final class ContestCounts {
  private static final Duration FRESH_FOR = Duration.ofSeconds(10);

  /** The figures of one contest. */
  record Counts(long contestants, Map<Integer, Long> participants) {
    long participants(int round) {
      return participants.getOrDefault(round, 0L);
    }
  }

  private final ContestStore store;
  private final Cache<Long, Counts> cache = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(10_000).build();

  ContestCounts(ContestStore store) {
    this.store = store;
  }

  Future<Counts> of(long contestId) {
    Counts cached = cache.getIfPresent(contestId);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    return store.counts(contestId).onSuccess(counts -> cache.put(contestId, counts));
  }

  /**
   * Counted afresh for the contest's organiser, whose figures must match the submissions they see in
   * the results; the public's pages take the few-seconds-old figures.
   */
  Future<Counts> of(long contestId, boolean fresh) {
    return fresh ? store.counts(contestId).onSuccess(counts -> cache.put(contestId, counts)) : of(contestId);
  }

  /** After a change the organiser expects to see at once (closing a round). */
  void forget(long contestId) {
    cache.invalidate(contestId);
  }
}
