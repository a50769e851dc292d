package vn.luatvui.server.contest;

import io.vertx.core.Future;
import vn.luatvui.server.contest.domain.LiveScore;

/** Keeps the live boards in step with contest_entry as attempts are submitted. */
public final class BoardUpdates {
  private final ContestBoards boards;
  private final EntryStore entries;

  public BoardUpdates(ContestBoards boards, EntryStore entries) {
    this.boards = boards;
    this.entries = entries;
  }

  /** The contestant's entry in the round changed: their row on the round's board and on the contest's. */
  public Future<Void> entryChanged(long contestId, int round, long contestantId) {
    return entries.line(contestId, round, contestantId)
        .compose(line -> line == null ? Future.succeededFuture() : boards.put(contestId, round, live(line),
            LiveScore.encode(line.score(), line.durationMs())))
        .compose(x -> entries.totalsOf(contestId, contestantId))
        .compose(t -> t == null ? Future.succeededFuture() : boards.put(contestId, null, live(t),
            LiveScore.encode(t.score(), t.durationMs())));
  }

  /** The contestant's 1-based rank on the round's board (the contest's when round is null), or null. */
  public Future<Long> rankOf(long contestId, Integer round, long contestantId) {
    return boards.view(contestId, round, 0, contestantId, 0).map(ContestBoards.View::rank);
  }

  /** A provisional row: no prediction shown while the round runs (others could copy it). */
  static ContestBoards.Row live(EntryStore.BoardLine l) {
    return new ContestBoards.Row(l.contestantId(), l.fullName(), l.unit(), l.score(), l.durationMs(), null, null,
        l.submittedAt().toEpochMilli());
  }

  static ContestBoards.Row live(EntryStore.Totals t) {
    return new ContestBoards.Row(t.contestantId(), t.fullName(), t.unit(), t.score(), t.durationMs(), null, null,
        t.lastSubmittedAt().toEpochMilli());
  }
}
