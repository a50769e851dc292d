package vn.luatvui.server.game.room;

import java.util.List;
import vn.luatvui.server.game.room.QuestionOutcome.ClosedBy;
import vn.luatvui.server.game.room.RoomEvent.AnswerCount;
import vn.luatvui.server.game.room.RoomEvent.FinalResult;
import vn.luatvui.server.game.room.RoomEvent.Podium;
import vn.luatvui.server.game.room.RoomEvent.QuestionIntro;
import vn.luatvui.server.game.room.RoomEvent.QuestionOpened;
import vn.luatvui.server.game.room.RoomEvent.Scoreboard;

/** Entering each phase of a question's round, and the end of the game: state change plus events. */
final class Rounds {
  static final int SCOREBOARD_SIZE = 5;
  static final int PODIUM_SIZE = 3;

  private Rounds() {
  }

  /** Shows question {@code index}: its lead-in, or straight to open answers when the lead-in is 0. */
  static void begin(RoomData d, int index, long now, List<Delivery> out) {
    d.questionIndex = index;
    d.answers.startRound(index);
    d.reveal = null;
    d.paused = false;
    d.pausedAt = 0;
    int leadIn = d.setup.options().leadInSeconds();
    if (leadIn == 0) {
      open(d, now, out);
      return;
    }
    d.phase = Phase.QUESTION_INTRO;
    d.startedAt = now;
    d.endsAt = now + leadIn * 1000L;
    out.add(Delivery.everyone(intro(d, now)));
  }

  static QuestionIntro intro(RoomData d, long now) {
    GameQuestion q = d.question();
    return new QuestionIntro(d.questionIndex, d.questionIndex + 1, d.setup.questionCount(), q.type(),
        q.content().text(), q.content().imageUrl(), q.content().imageAlt(), q.timeLimitSeconds(), q.points(), d.endsAt, d.remaining(now));
  }

  static void open(RoomData d, long now, List<Delivery> out) {
    d.phase = Phase.QUESTION_OPEN;
    d.paused = false;
    d.pausedAt = 0;
    d.startedAt = now;
    d.endsAt = now + d.question().timeLimitMillis();
    d.countWaiting();
    out.add(Delivery.everyone(opened(d, now)));
    out.add(Delivery.host(count(d)));
  }

  static QuestionOpened opened(RoomData d, long now) {
    return new QuestionOpened(PlayerQuestion.of(d.setup, d.questionIndex), d.endsAt, d.remaining(now));
  }

  static AnswerCount count(RoomData d) {
    return new AnswerCount(d.questionIndex, d.answers.roundSize(), d.roster.active());
  }

  /** Closes answers and reveals: scores, ranks, the shared reveal and each player's result. */
  static void close(RoomData d, ClosedBy by, List<Delivery> out) {
    d.phase = Phase.REVEAL;
    stopTimer(d);
    Reveals.score(d, by, out);
  }

  /** Drops the current question unscored, with the given outcome; the caller moves on. */
  static void discard(RoomData d, QuestionOutcome outcome) {
    d.answers.discardRound();
    d.outcomes[d.questionIndex] = outcome;
    stopTimer(d);
  }

  static void scoreboard(RoomData d, List<Delivery> out) {
    d.phase = Phase.SCOREBOARD;
    d.paused = false;
    d.pausedAt = 0;
    out.add(Delivery.everyone(scoreboardEvent(d)));
  }

  static Scoreboard scoreboardEvent(RoomData d) {
    return new Scoreboard(d.questionIndex, d.top(SCOREBOARD_SIZE), d.roster.active());
  }

  /** The top three for everyone, and to each player where they finished. */
  static void podium(RoomData d, List<Delivery> out) {
    d.phase = Phase.PODIUM;
    stopTimer(d);
    d.rank();
    out.add(Delivery.everyone(podiumEvent(d)));
    for (Player p : d.roster.players()) {
      if (p.active()) {
        out.add(Delivery.player(p.id(), finalResult(d, p)));
      }
    }
  }

  static Podium podiumEvent(RoomData d) {
    return new Podium(d.top(PODIUM_SIZE), d.roster.active());
  }

  static FinalResult finalResult(RoomData d, Player p) {
    return new FinalResult(p.rank(), p.score(), p.correctCount(), d.roster.active());
  }

  private static void stopTimer(RoomData d) {
    d.paused = false;
    d.pausedAt = 0;
    d.startedAt = 0;
    d.endsAt = 0;
    d.waiting = 0;
  }
}
