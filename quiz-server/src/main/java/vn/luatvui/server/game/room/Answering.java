package vn.luatvui.server.game.room;

import java.util.List;
import java.util.Optional;
import vn.luatvui.server.game.room.Player.Presence;
import vn.luatvui.server.game.room.QuestionOutcome.ClosedBy;
import vn.luatvui.server.game.room.RoomCommand.Answer;
import vn.luatvui.server.game.room.RoomEvent.AnswerAccepted;
import vn.luatvui.server.game.room.RoomEvent.AnswerRejected;
import vn.luatvui.server.judging.AnswerJudge.Judgement;
import vn.luatvui.server.judging.AnswerJudge;

/**
 * Taking an answer: one per player per question, only while answers are open and before the
 * deadline, timed from the moment answers opened. Points are worked out now and added to the score
 * when the question closes. When every connected player has answered, the question closes at once.
 */
final class Answering {
  private Answering() {
  }

  static void answer(RoomData d, Answer c, List<Delivery> out) {
    Player p = d.roster.byId(c.playerId());
    int index = c.questionIndex();
    if (p == null || !p.active()) {
      reject(out, c.playerId(), index,
          p != null && p.presence() == Presence.KICKED ? Rejection.KICKED : Rejection.NOT_A_PLAYER);
      return;
    }
    if (index == d.questionIndex && d.answers.of(p) != null) {
      out.add(Delivery.player(p.id(), new AnswerAccepted(index, true)));
      return;
    }
    long at = d.answeredAt(c.now());
    Rejection closed = closed(d, index, at);
    if (closed != null) {
      reject(out, p.id(), index, closed);
      return;
    }
    Optional<Judgement> judged = AnswerJudge.judge(d.question().content(), d.shuffle(), c.answer());
    if (judged.isEmpty()) {
      reject(out, p.id(), index, Rejection.INVALID_ANSWER);
      return;
    }
    long elapsed = Math.max(0, at - d.startedAt);
    Scoring.Score s = Scoring.score(d.mode(), d.question(), judged.get(), elapsed, p.streak());
    d.record(p, new PlayerAnswer(p.id(), index, judged.get().answer(), elapsed, s.correct(), s.points(),
        s.streakBonus(), s.streak()));
    out.add(Delivery.player(p.id(), new AnswerAccepted(index, false)));
    out.add(Delivery.host(Rounds.count(d)));
    if (d.waiting == 0) {
      Rounds.close(d, ClosedBy.ALL_ANSWERED, out);
    }
  }

  /**
   * After the host kicked a player during a question: if every player still connected has answered,
   * the question closes, as it would on the last answer. (A dropped connection does not close it: the
   * player may be back in a moment, and answer.) Not while nobody has answered at all.
   */
  static void closeIfAllAnswered(RoomData d, List<Delivery> out) {
    if (d.phase == Phase.QUESTION_OPEN && !d.paused && d.waiting == 0 && d.answers.roundSize() > 0) {
      Rounds.close(d, ClosedBy.ALL_ANSWERED, out);
    }
  }

  /** Why answers to question {@code index} are not taken at {@code now}, or null when they are. */
  private static Rejection closed(RoomData d, int index, long now) {
    if (d.phase.over()) {
      return Rejection.GAME_OVER;
    } else if (d.phase == Phase.LOBBY) {
      return Rejection.NOT_OPEN_YET;
    } else if (index != d.questionIndex) {
      return Rejection.WRONG_QUESTION;
    } else if (d.phase == Phase.QUESTION_INTRO) {
      return Rejection.NOT_OPEN_YET;
    } else if (d.phase != Phase.QUESTION_OPEN || now >= d.endsAt && !d.paused) {
      return Rejection.TIME_UP;
    } else if (d.paused) {
      return Rejection.PAUSED;
    }
    return null;
  }

  private static void reject(List<Delivery> out, int playerId, int index, Rejection why) {
    out.add(Delivery.player(playerId, new AnswerRejected(index, why, why.message())));
  }
}
