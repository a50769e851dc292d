package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.contest.domain.RoundRanking;
import vn.luatvui.server.contest.domain.RoundEntry;

/** What a contestant sees of themselves: their attempts, and per round the attempts left and their best with its rank. */
public final class ContestantProgress {
  public record Best(long attemptId, int score, long durationMs, Long rank) {
  }

  public record RoundProgress(int number, int attemptsUsed, int attemptsLeft, Best best) {
  }

  public record AttemptLine(long id, Integer round, boolean practice, AttemptView.Status status, Instant startedAt,
                            Instant submittedAt, Integer score, Integer correct, int total) {
  }

  public record Me(Contestant contestant, Long attemptInProgress, List<RoundProgress> rounds, List<AttemptLine> attempts) {
  }

  private final Pool pool;
  private final ContestStore contests;
  private final AttemptStore attempts;
  private final BoardUpdates boards;

  public ContestantProgress(Pool pool, ContestStore contests, AttemptStore attempts, BoardUpdates boards) {
    this.pool = pool;
    this.contests = contests;
    this.attempts = attempts;
    this.boards = boards;
  }

  private static RoundEntry standing(Attempt a) {
    return new RoundEntry(a.contestantId(), a.score(), a.prediction(), a.durationMs(), a.submittedAt());
  }

  public Future<Me> of(Contestant c) {
    return contests.find(pool, c.contestId()).compose(contest -> contests.rounds(pool, c.contestId())
        .compose(rounds -> attempts.ofContestant(c.id()).compose(list -> {
          List<Future<RoundProgress>> perRound = new ArrayList<>();
          for (Round r : rounds) {
            List<Attempt> ranked = list.stream().filter(a -> !a.practice() && r.number() == a.round()).toList();
            Attempt best = null;
            for (Attempt a : ranked) {
              if (a.submitted() && (best == null || RoundRanking.better(standing(a), standing(best)))) {
                best = a;
              }
            }
            int used = ranked.size();
            int left = Math.max(0, contest.settings().attemptsPerRound() - used);
            Attempt counted = best;
            perRound.add(counted == null ? Future.succeededFuture(new RoundProgress(r.number(), used, left, null))
                : boards.rankOf(c.contestId(), r.number(), c.id()).otherwise((Long) null)
                    .map(rank -> new RoundProgress(r.number(), used, left,
                        new Best(counted.id(), counted.score(), counted.durationMs(), rank))));
          }
          Long open = list.stream().filter(a -> !a.submitted()).map(Attempt::id).findFirst().orElse(null);
          List<AttemptLine> lines = list.stream().map(a -> new AttemptLine(a.id(), a.round(), a.practice(),
              a.submitted() ? AttemptView.Status.SUBMITTED : AttemptView.Status.IN_PROGRESS, a.startedAt(),
              a.submittedAt(), a.score(), a.correct(), a.questions().size())).toList();
          return Future.all(perRound).map(all -> new Me(c, open, all.<RoundProgress>list(), lines));
        })));
  }
}
