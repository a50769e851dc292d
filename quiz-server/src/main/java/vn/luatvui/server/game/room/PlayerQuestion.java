package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.judging.Shuffle;

/**
 * A question as a player may see it while it is open: the text, the choices in the order shown, the
 * time and the points. It has no field for what is correct (no flags, no accepted answers, no
 * explanation or citation, which would give the answer away), so it cannot leak the answer.
 *
 * @param index   0-based position in the game; answers name it
 * @param number  1-based, for "Câu 3/10"
 * @param choices choice texts in shown order; answers give positions in this list; empty for TYPE_ANSWER
 */
public record PlayerQuestion(int index, int number, int total, QuestionType type, String text, String imageUrl,
                             String imageAlt, List<String> choices, int timeLimitSeconds, int points) {

  public PlayerQuestion {
    choices = List.copyOf(choices);
  }

  static PlayerQuestion of(GameSetup setup, int index) {
    GameQuestion q = setup.questions().get(index);
    Shuffle shuffle = setup.shuffles().get(index);
    List<String> shown = new ArrayList<>(shuffle.size());
    for (int s = 0; s < shuffle.size(); s++) {
      shown.add(q.content().choices().get(shuffle.toBank(s)).text());
    }
    return new PlayerQuestion(index, index + 1, setup.questionCount(), q.type(), q.content().text(),
        q.content().imageUrl(), q.content().imageAlt(), shown, q.timeLimitSeconds(), q.points());
  }
}
