package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.game.room.QuestionOutcome.ClosedBy;
import vn.luatvui.server.game.room.RoomEvent.PlayerResult;
import vn.luatvui.server.game.room.RoomEvent.Reveal;
import vn.luatvui.server.game.room.RoomEvent.TypedCount;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.judging.Shuffle;

/**
 * Closing a question: the answers' points go onto the scores, the players who did not answer lose
 * their streak, everyone is ranked, and the reveal goes out as one shared event plus one small
 * result per player. Answers of kicked players are left out.
 */
final class Reveals {
  static final int TOP_TYPED = 5;
  static final String MASKED = "***";

  private Reveals() {
  }

  static void score(RoomData d, ClosedBy by, List<Delivery> out) {
    GameQuestion q = d.question();
    for (PlayerAnswer a : d.answers.round()) {
      Player p = d.roster.byId(a.playerId());
      if (p.active()) {
        d.put(p.after(a));
      }
    }
    for (int i = 0; i < d.roster.size(); i++) {
      Player p = d.roster.at(i);
      if (p.active() && d.answers.of(p) == null && p.streak() != Scoring.streakAfterMissing(q, p.streak())) {
        d.put(p.withStreak(Scoring.streakAfterMissing(q, p.streak())));
      }
    }
    d.rank();
    d.outcomes[d.questionIndex] = new QuestionOutcome(QuestionOutcome.Status.SCORED, by, d.roster.active());
    out.add(Delivery.everyone(reveal(d)));
    for (int i = 0; i < d.roster.size(); i++) {
      Player p = d.roster.at(i);
      if (p.active()) {
        out.add(Delivery.player(p.id(), result(d, p)));
      }
    }
  }

  /** This player's part of the current reveal. */
  static PlayerResult result(RoomData d, Player p) {
    PlayerAnswer a = d.answers.of(p);
    return new PlayerResult(d.questionIndex, a != null, a != null && a.correct(), a == null ? 0 : a.points(),
        a == null ? 0 : a.streakBonus(), p.streak(), p.score(), p.rank(), d.roster.active());
  }

  /** The shared reveal of the current (closed) question, built once and kept. */
  static Reveal reveal(RoomData d) {
    if (d.reveal == null) {
      d.reveal = build(d);
    }
    return d.reveal;
  }

  private static Reveal build(RoomData d) {
    GameQuestion q = d.question();
    QuestionContent c = q.content();
    Shuffle s = d.shuffle();
    QuestionOutcome outcome = d.outcomes[d.questionIndex];
    int[] counts = new int[s.size()];
    Map<String, TypedCount> typed = new LinkedHashMap<>();
    int answered = 0;
    int correct = 0;
    for (PlayerAnswer a : d.answers.round()) {
      if (!d.roster.byId(a.playerId()).active()) {
        continue;
      }
      answered++;
      correct += a.correct() ? 1 : 0;
      count(q.type(), a.answer(), counts, typed);
    }
    List<String> choices = new ArrayList<>(s.size());
    List<Integer> shownCounts = new ArrayList<>(s.size());
    List<Integer> correctChoices = new ArrayList<>();
    for (int shown = 0; shown < s.size(); shown++) {
      int bank = s.toBank(shown);
      choices.add(c.choices().get(bank).text());
      shownCounts.add(counts[bank]);
      if (q.type() != QuestionType.ORDERING && q.type() != QuestionType.POLL && c.choices().get(bank).correct()) {
        correctChoices.add(shown);
      }
    }
    if (q.type() == QuestionType.ORDERING) {
      for (int bank = 0; bank < s.size(); bank++) {
        correctChoices.add(s.toShown(bank));
      }
    }
    int players = outcome.playerCount();
    Integer percent = q.type() == QuestionType.POLL ? null : players == 0 ? 0 : (200 * correct + players) / (2 * players);
    return new Reveal(d.questionIndex, q.type(), outcome.closedBy(), c.text(), choices, correctChoices,
        q.type() == QuestionType.TYPE_ANSWER ? c.accepted() : List.of(), shownCounts, top(typed), answered, correct,
        players, percent, c.explanation(), c.citations());
  }

  private static void count(QuestionType type, AnswerPayload a, int[] counts, Map<String, TypedCount> typed) {
    switch (type) {
      case SINGLE_CHOICE, TRUE_FALSE, POLL -> counts[a.choice()]++;
      case MULTIPLE_SELECT -> a.choices().forEach(b -> counts[b]++);
      case ORDERING -> {
        for (int i = 0; i < a.order().size(); i++) {
          counts[i] += a.order().get(i) == i ? 1 : 0;
        }
      }
      case TYPE_ANSWER -> typed.merge(VietnameseText.fold(a.text()), new TypedCount(a.text(), 1),
          (was, one) -> new TypedCount(was.answer(), was.count() + 1));
    }
  }

  /** The most common typed answers, first seen first among equals, offensive ones masked. */
  private static List<TypedCount> top(Map<String, TypedCount> typed) {
    List<TypedCount> all = new ArrayList<>(typed.values());
    all.sort((a, b) -> Integer.compare(b.count(), a.count()));
    List<TypedCount> top = new ArrayList<>(TOP_TYPED);
    for (TypedCount t : all.subList(0, Math.min(TOP_TYPED, all.size()))) {
      top.add(Blocklist.blocks(t.answer()) ? new TypedCount(MASKED, t.count()) : t);
    }
    return top;
  }
}
