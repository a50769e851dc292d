package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.judging.Shuffle;

/**
 * What a game is made of, fixed when the host creates it: the questions in order, the options, and
 * the order in which each question's choices are shown.
 *
 * @param gameId   the caller's identifier of the game (its database id or PIN), carried into the report
 * @param shuffles one per question; use {@link #of} to derive them from a seed. An ORDERING question is
 *                 never shown in its correct order (the bank stores it in that order).
 */
public record GameSetup(String gameId, List<GameQuestion> questions, GameOptions options, List<Shuffle> shuffles) {

  public GameSetup {
    if (gameId == null || gameId.isBlank()) {
      throw new InvalidGameSetup("Thiếu mã trò chơi.");
    }
    questions = questions == null ? List.of() : List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new InvalidGameSetup("Bộ câu hỏi đang trống.");
    }
    options = options == null ? GameOptions.defaults() : options;
    shuffles = shuffles == null ? List.of() : List.copyOf(shuffles);
    if (shuffles.size() != questions.size()) {
      throw new IllegalArgumentException("One shuffle per question: " + shuffles.size() + " for " + questions.size());
    }
    for (int i = 0; i < questions.size(); i++) {
      Shuffle shuffle = shuffles.get(i);
      if (shuffle.size() != questions.get(i).choiceCount()) {
        throw new IllegalArgumentException("Shuffle " + i + " does not fit the choices of its question");
      }
      if (questions.get(i).type() == QuestionType.ORDERING && shuffle.size() > 1 && shuffle.inOrder()) {
        throw new IllegalArgumentException("Shuffle " + i + " would show an ORDERING question in its correct order");
      }
    }
  }

  /** A setup whose shuffles derive from {@code seed}: the same seed gives the same game. */
  public static GameSetup of(String gameId, List<GameQuestion> questions, GameOptions options, long seed) {
    List<Shuffle> shuffles = new ArrayList<>();
    for (int i = 0; questions != null && i < questions.size(); i++) {
      shuffles.add(Shuffle.forQuestion(questions.get(i).type(), questions.get(i).choiceCount(), i, seed));
    }
    return new GameSetup(gameId, questions, options, shuffles);
  }

  public int questionCount() {
    return questions.size();
  }
}
