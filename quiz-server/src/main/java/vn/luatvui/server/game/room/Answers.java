package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every answer taken, in order, and for the current question ("the round", from its intro until the
 * next question begins) who has answered, looked up by player index in constant time. The answers
 * of a round are the tail of the list, so skipping a question drops the tail.
 */
final class Answers {
  private final List<PlayerAnswer> all;
  private int roundQuestion = -1;
  private int roundStart;
  private int[] positions = new int[0];

  private Answers(List<PlayerAnswer> all) {
    this.all = all;
  }

  static Answers empty() {
    return new Answers(new ArrayList<>());
  }

  /** The answers of a restored room, the current question's (if any) forming its round. */
  static Answers restore(List<PlayerAnswer> answers, int currentQuestion, int playerCount) {
    Answers a = new Answers(new ArrayList<>(answers));
    a.roundQuestion = currentQuestion;
    a.roundStart = a.all.size();
    while (a.roundStart > 0 && a.all.get(a.roundStart - 1).questionIndex() == currentQuestion) {
      a.roundStart--;
    }
    a.positions = new int[playerCount];
    for (int i = a.roundStart; i < a.all.size(); i++) {
      a.mark(a.all.get(i).playerId() - 1, i);
    }
    return a;
  }

  void startRound(int questionIndex) {
    roundQuestion = questionIndex;
    roundStart = all.size();
    Arrays.fill(positions, 0);
  }

  /** This player's answer to the current question, or null. */
  PlayerAnswer of(Player p) {
    int i = p.index();
    return i < positions.length && positions[i] > 0 ? all.get(positions[i] - 1) : null;
  }

  void add(PlayerAnswer a) {
    if (a.questionIndex() != roundQuestion) {
      throw new IllegalStateException("Answer to question " + a.questionIndex() + " in round " + roundQuestion);
    }
    all.add(a);
    mark(a.playerId() - 1, all.size() - 1);
  }

  private void mark(int playerIndex, int position) {
    if (playerIndex >= positions.length) {
      positions = Arrays.copyOf(positions, Math.max(playerIndex + 1, positions.length * 2));
    }
    positions[playerIndex] = position + 1;
  }

  /** Drops the current question's answers (a skipped question). */
  void discardRound() {
    all.subList(roundStart, all.size()).clear();
    Arrays.fill(positions, 0);
  }

  List<PlayerAnswer> round() {
    return all.subList(roundStart, all.size());
  }

  int roundSize() {
    return all.size() - roundStart;
  }

  List<PlayerAnswer> all() {
    return all;
  }
}
