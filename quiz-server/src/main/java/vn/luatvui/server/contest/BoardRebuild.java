package vn.luatvui.server.contest;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.contest.domain.LiveScore;
import vn.luatvui.server.contest.domain.Ranked;
import vn.luatvui.server.contest.domain.RoundRanking;
import vn.luatvui.server.contest.domain.RoundEntry;

/**
 * Rewrites Redis leaderboards from PostgreSQL, the source of truth: a round's board from its entries
 * (final ranks once the round is closed, the provisional order while it runs) and the contest's board
 * from every contestant's totals. Each board is written beside the live one and swapped in at once,
 * so readers never see half a board. Run for every contest by {@code quiz-server rebuild-leaderboards}.
 */
public final class BoardRebuild {
  private static final Logger LOG = LoggerFactory.getLogger(BoardRebuild.class);
  private static final int PAGE = 10_000;

  private final ContestStore contests;
  private final EntryStore entries;
  private final ContestBoards boards;

  public BoardRebuild(ContestStore contests, EntryStore entries, ContestBoards boards) {
    this.contests = contests;
    this.entries = entries;
    this.boards = boards;
  }

  /** Every board of every contest; the number of rows written. */
  public Future<Long> all() {
    return contests.list(null, true).compose(list -> {
      Future<Long> chain = Future.succeededFuture(0L);
      for (Contest c : list) {
        chain = chain.compose(n -> contest(c.id()).map(m -> n + m));
      }
      return chain;
    });
  }

  /**
   * At start: the boards of contests that have entries but no board in Redis (Redis was emptied or
   * replaced) are rebuilt; the number of rows written.
   */
  public Future<Long> missing() {
    return contests.list(null, true).compose(list -> {
      Future<Long> chain = Future.succeededFuture(0L);
      for (Contest c : list) {
        chain = chain.compose(n -> boards.exists(c.id(), null).compose(present -> present
                ? Future.succeededFuture(false) : entries.any(c.id()))
            .compose(rebuild -> rebuild ? contest(c.id()) : Future.succeededFuture(0L))
            .map(m -> n + m));
      }
      return chain;
    });
  }

  /** Every round's board and the contest's board. */
  public Future<Long> contest(long contestId) {
    return contests.rounds(contests.pool(), contestId).compose(rounds -> {
      Future<Long> chain = Future.succeededFuture(0L);
      for (Round r : rounds) {
        chain = chain.compose(n -> round(r).map(m -> n + m));
      }
      return chain.compose(n -> overall(contestId, rounds).map(m -> n + m));
    }).onSuccess(n -> LOG.info("Rebuilt the leaderboards of contest {} ({} rows)", contestId, n));
  }

  public Future<Long> round(Round round) {
    long contestId = round.contestId();
    List<String> temp = boards.rebuildKeys(contestId, round.number());
    return boards.clear(temp)
        .compose(x -> roundPages(round, temp, entries.lines(contestId, round.number(), 0L, PAGE), 0L))
        .compose(n -> boards.swap(contestId, round.number()).map(n));
  }

  /** Writes one page while PostgreSQL reads the next. */
  private Future<Long> roundPages(Round round, List<String> temp, Future<List<EntryStore.BoardLine>> page, long written) {
    return page.compose(lines -> {
      if (lines.isEmpty()) {
        return Future.succeededFuture(written);
      }
      Future<List<EntryStore.BoardLine>> next = lines.size() < PAGE ? Future.succeededFuture(List.of())
          : entries.lines(round.contestId(), round.number(), lines.get(lines.size() - 1).contestantId(), PAGE);
      List<ContestBoards.Row> rows = new ArrayList<>(lines.size());
      List<Double> scores = new ArrayList<>(lines.size());
      for (EntryStore.BoardLine l : lines) {
        if (round.closed() && l.finalRank() != null) {
          Long distance = l.prediction() == null || round.actualFigure() == null ? null
              : Math.abs(l.prediction() - round.actualFigure());
          rows.add(new ContestBoards.Row(l.contestantId(), l.fullName(), l.unit(), l.score(), l.durationMs(),
              l.prediction(), distance, l.submittedAt().toEpochMilli()));
          scores.add((double) l.finalRank());
        } else {
          rows.add(BoardUpdates.live(l));
          scores.add(LiveScore.encode(l.score(), l.durationMs()));
        }
      }
      return boards.write(temp, rows, scores).compose(x -> roundPages(round, temp, next, written + lines.size()));
    });
  }

  /** Final (with the prediction distances) once every round is closed; provisional before. */
  public Future<Long> overall(long contestId, List<Round> rounds) {
    boolean allClosed = !rounds.isEmpty() && rounds.stream().allMatch(Round::closed);
    List<String> temp = boards.rebuildKeys(contestId, null);
    Future<Long> written = allClosed
        ? allTotals(contestId, 0L, new ArrayList<>()).compose(totals -> writeFinal(temp, totals))
        : boards.clear(temp).compose(x -> livePages(contestId, temp, entries.totals(contestId, 0L, PAGE), 0L));
    return written.compose(n -> boards.swap(contestId, null).map(n));
  }

  private Future<Long> livePages(long contestId, List<String> temp, Future<List<EntryStore.Totals>> page, long written) {
    return page.compose(totals -> {
      if (totals.isEmpty()) {
        return Future.succeededFuture(written);
      }
      Future<List<EntryStore.Totals>> next = totals.size() < PAGE ? Future.succeededFuture(List.of())
          : entries.totals(contestId, totals.get(totals.size() - 1).contestantId(), PAGE);
      List<ContestBoards.Row> rows = new ArrayList<>(totals.size());
      List<Double> scores = new ArrayList<>(totals.size());
      for (EntryStore.Totals t : totals) {
        rows.add(BoardUpdates.live(t));
        scores.add(LiveScore.encode(t.score(), t.durationMs()));
      }
      return boards.write(temp, rows, scores).compose(x -> livePages(contestId, temp, next, written + totals.size()));
    });
  }

  private Future<List<EntryStore.Totals>> allTotals(long contestId, long after, List<EntryStore.Totals> into) {
    return entries.totals(contestId, after, PAGE).compose(page -> {
      into.addAll(page);
      return page.size() < PAGE ? Future.succeededFuture(into)
          : allTotals(contestId, page.get(page.size() - 1).contestantId(), into);
    });
  }

  /** Ranks totals as a round is ranked: score, summed prediction distance, duration, last submission. */
  private Future<Long> writeFinal(List<String> temp, List<EntryStore.Totals> totals) {
    Map<Long, EntryStore.Totals> byId = new HashMap<>(totals.size() * 2);
    List<RoundEntry> standings = new ArrayList<>(totals.size());
    for (EntryStore.Totals t : totals) {
      byId.put(t.contestantId(), t);
      standings.add(new RoundEntry(t.contestantId(), t.score(), t.distance(), t.durationMs(), t.lastSubmittedAt()));
    }
    List<Ranked> ranked = RoundRanking.rank(standings, totals.isEmpty() ? null : 0L);
    Future<Void> chain = boards.clear(temp);
    for (int from = 0; from < ranked.size(); from += PAGE) {
      List<Ranked> slice = ranked.subList(from, Math.min(ranked.size(), from + PAGE));
      chain = chain.compose(x -> {
        List<ContestBoards.Row> rows = new ArrayList<>(slice.size());
        List<Double> scores = new ArrayList<>(slice.size());
        for (Ranked r : slice) {
          EntryStore.Totals t = byId.get(r.standing().contestantId());
          rows.add(new ContestBoards.Row(t.contestantId(), t.fullName(), t.unit(), t.score(), t.durationMs(), null,
              t.distance(), t.lastSubmittedAt().toEpochMilli()));
          scores.add((double) r.rank());
        }
        return boards.write(temp, rows, scores);
      });
    }
    return chain.map((long) totals.size());
  }
}
