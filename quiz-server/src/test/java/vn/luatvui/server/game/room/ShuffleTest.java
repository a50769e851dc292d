package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.judging.Shuffle;

class ShuffleTest {

  @Test
  void the_same_seed_gives_the_same_shuffles() {
    GameSetup a = Fixtures.shuffled(GameOptions.defaults(), 7, Fixtures.single(), Fixtures.ordering());
    GameSetup b = Fixtures.shuffled(GameOptions.defaults(), 7, Fixtures.single(), Fixtures.ordering());

    assertThat(a.shuffles()).isEqualTo(b.shuffles());
  }

  @Test
  void single_choice_is_shuffled_so_the_correct_choice_is_not_always_first() {
    Set<Integer> firstShown = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      firstShown.add(forQuestion(Fixtures.single(), 0, seed).toBank(0));
    }

    assertThat(firstShown).containsExactlyInAnyOrder(0, 1, 2, 3);
  }

  @Test
  void an_ordering_question_is_never_shown_in_its_correct_order() {
    GameQuestion twoItems = Fixtures.question(9, Fixtures.content(Fixtures.ordering().type(), "Hai mục",
        Fixtures.ordering().content().choices().subList(0, 2), List.of(), null));
    for (long seed = 0; seed < 200; seed++) {
      assertThat(forQuestion(Fixtures.ordering(), 3, seed).inOrder()).isFalse();
      assertThat(forQuestion(twoItems, 3, seed).order()).containsExactly(1, 0);
    }
  }

  @Test
  void a_setup_that_would_show_an_ordering_question_in_order_is_refused() {
    GameQuestion q = Fixtures.ordering();

    assertThatThrownBy(() -> new GameSetup("G-1", List.of(q), GameOptions.defaults(), List.of(Shuffle.identity(4))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORDERING");
  }

  @Test
  void true_false_and_polls_keep_their_order() {
    assertThat(forQuestion(Fixtures.trueFalse(), 0, 99).inOrder()).isTrue();
    assertThat(forQuestion(Fixtures.poll(), 0, 99).inOrder()).isTrue();
    assertThat(forQuestion(Fixtures.typed(), 0, 99).size()).isZero();
  }

  @Test
  void a_shuffle_translates_both_ways_and_must_be_a_permutation() {
    Shuffle s = new Shuffle(List.of(2, 0, 1));

    assertThat(s.toBank(0)).isEqualTo(2);
    assertThat(s.toShown(2)).isZero();
    assertThatThrownBy(() -> new Shuffle(List.of(0, 0, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Shuffle(List.of(0, 3))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_shuffle_can_be_made_from_a_question_type_and_size_alone() {
    Set<Integer> firstShown = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      firstShown.add(Shuffle.of(QuestionType.MULTIPLE_SELECT, 5, seed).toBank(0));
      assertThat(Shuffle.of(QuestionType.ORDERING, 4, seed).inOrder()).isFalse();
      assertThat(Shuffle.of(QuestionType.SINGLE_CHOICE, 4, seed)).isEqualTo(Shuffle.of(QuestionType.SINGLE_CHOICE, 4, seed));
    }

    assertThat(firstShown).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    assertThat(Shuffle.of(QuestionType.TRUE_FALSE, 2, 5).inOrder()).isTrue();
    assertThat(Shuffle.of(QuestionType.POLL, 3, 5).inOrder()).isTrue();
    assertThat(Shuffle.of(QuestionType.TYPE_ANSWER, 0, 5).size()).isZero();
  }

  private static Shuffle forQuestion(GameQuestion q, int index, long seed) {
    return Shuffle.forQuestion(q.type(), q.choiceCount(), index, seed);
  }
}
