package vn.luatvui.server.game.room;

import java.util.List;
import vn.luatvui.server.game.room.QuestionOutcome.ClosedBy;
import vn.luatvui.server.game.room.RoomEvent.CommandRejected;
import vn.luatvui.server.game.room.RoomEvent.GameEnded;
import vn.luatvui.server.game.room.RoomEvent.GameStarted;
import vn.luatvui.server.game.room.RoomEvent.LobbyChanged;
import vn.luatvui.server.game.room.RoomEvent.Paused;
import vn.luatvui.server.game.room.RoomEvent.QuestionSkipped;
import vn.luatvui.server.game.room.RoomEvent.Resumed;

/**
 * The host's commands and the timer: how the game moves from phase to phase. A phase change ends a
 * pause. Refusals go back to the requester and change nothing.
 */
final class Flow {
  private Flow() {
  }

  static void start(RoomData d, long now, List<Delivery> out) {
    if (d.phase != Phase.LOBBY) {
      refuse(out, d.phase.over() ? Rejection.GAME_OVER : Rejection.NOT_NOW);
    } else if (d.roster.active() == 0) {
      refuse(out, Rejection.NO_PLAYERS);
    } else {
      out.add(Delivery.everyone(new GameStarted(d.setup.questionCount(), d.roster.active())));
      Rounds.begin(d, 0, now, out);
    }
  }

  static void next(RoomData d, long now, List<Delivery> out) {
    switch (d.phase) {
      case LOBBY -> refuse(out, Rejection.NOT_STARTED);
      case QUESTION_INTRO -> Rounds.open(d, now, out);
      case QUESTION_OPEN -> Rounds.close(d, ClosedBy.HOST, out);
      case REVEAL -> {
        if (d.leaderboardShown) {
          Rounds.scoreboard(d, out);
        } else {
          afterQuestion(d, now, out);
        }
      }
      case SCOREBOARD -> afterQuestion(d, now, out);
      case PODIUM -> finish(d, out);
      case FINISHED -> refuse(out, Rejection.GAME_OVER);
    }
  }

  static void skip(RoomData d, long now, List<Delivery> out) {
    if (d.phase != Phase.QUESTION_INTRO && d.phase != Phase.QUESTION_OPEN) {
      refuse(out, d.phase == Phase.LOBBY ? Rejection.NOT_STARTED
          : d.phase.over() ? Rejection.GAME_OVER : Rejection.NOT_NOW);
      return;
    }
    Rounds.discard(d, QuestionOutcome.SKIPPED);
    out.add(Delivery.everyone(new QuestionSkipped(d.questionIndex)));
    afterQuestion(d, now, out);
  }

  static void end(RoomData d, List<Delivery> out) {
    switch (d.phase) {
      case LOBBY, PODIUM -> finish(d, out);
      case QUESTION_INTRO, QUESTION_OPEN -> {
        Rounds.discard(d, QuestionOutcome.NOT_ASKED);
        Rounds.podium(d, out);
      }
      case REVEAL, SCOREBOARD -> Rounds.podium(d, out);
      case FINISHED -> refuse(out, Rejection.GAME_OVER);
    }
  }

  static void pause(RoomData d, long now, List<Delivery> out) {
    if (d.phase == Phase.LOBBY || d.phase.over()) {
      refuse(out, d.phase == Phase.LOBBY ? Rejection.NOT_STARTED : Rejection.GAME_OVER);
    } else if (!d.paused) {
      d.paused = true;
      d.pausedAt = now;
      out.add(Delivery.everyone(new Paused(d.phase, d.phase.timed() ? d.remaining(now) : null)));
    }
  }

  static void resume(RoomData d, long now, List<Delivery> out) {
    if (!d.paused) {
      return;
    }
    long frozen = Math.max(0, now - d.pausedAt);
    d.paused = false;
    d.pausedAt = 0;
    if (d.phase.timed()) {
      d.startedAt += frozen;
      d.endsAt += frozen;
      out.add(Delivery.everyone(new Resumed(d.phase, d.endsAt, d.remaining(now))));
    } else {
      out.add(Delivery.everyone(new Resumed(d.phase, null, null)));
    }
  }

  /**
   * The room was away from {@code since} to {@code now} (its server died and another took it over):
   * a running timer that had not run out by {@code since} is moved on by that time, as after a
   * pause, and everyone is told the new deadline. A paused or untimed room keeps its time.
   */
  static void outage(RoomData d, long since, long now, List<Delivery> out) {
    if (d.paused || !d.phase.timed() || since <= 0 || since >= now || d.endsAt <= since) {
      return;
    }
    long away = now - since;
    d.startedAt += away;
    d.endsAt += away;
    d.outageFrom = since;
    d.outageTo = now;
    out.add(Delivery.everyone(new Resumed(d.phase, d.endsAt, d.remaining(now))));
  }

  static void tick(RoomData d, long now, List<Delivery> out) {
    if (d.paused || !d.phase.timed() || now < d.endsAt) {
      return;
    }
    if (d.phase == Phase.QUESTION_INTRO) {
      Rounds.open(d, now, out);
    } else {
      Rounds.close(d, ClosedBy.TIME_UP, out);
    }
  }

  /** Lock, late join, leaderboard: each answered with the room's settings. */
  static void settings(RoomData d, Boolean locked, Boolean lateJoin, Boolean leaderboard, List<Delivery> out) {
    if (d.phase == Phase.FINISHED) {
      refuse(out, Rejection.GAME_OVER);
      return;
    }
    d.locked = locked != null ? locked : d.locked;
    d.lateJoinAllowed = lateJoin != null ? lateJoin : d.lateJoinAllowed;
    d.leaderboardShown = leaderboard != null ? leaderboard : d.leaderboardShown;
    out.add(Delivery.host(lobby(d)));
  }

  static LobbyChanged lobby(RoomData d) {
    return new LobbyChanged(d.locked, d.lateJoinAllowed, d.leaderboardShown, d.roster.active(),
        d.setup.options().maxPlayers());
  }

  private static void afterQuestion(RoomData d, long now, List<Delivery> out) {
    if (d.lastQuestion()) {
      Rounds.podium(d, out);
    } else {
      Rounds.begin(d, d.questionIndex + 1, now, out);
    }
  }

  private static void finish(RoomData d, List<Delivery> out) {
    d.phase = Phase.FINISHED;
    d.paused = false;
    d.pausedAt = 0;
    out.add(Delivery.everyone(ended(d)));
  }

  /** The end; early when some question was never asked. */
  static GameEnded ended(RoomData d) {
    boolean early = false;
    for (QuestionOutcome o : d.outcomes) {
      early |= o.status() == QuestionOutcome.Status.NOT_ASKED;
    }
    return new GameEnded(early);
  }

  static void refuse(List<Delivery> out, Rejection reason) {
    out.add(Delivery.requester(new CommandRejected(reason, reason.message())));
  }
}
