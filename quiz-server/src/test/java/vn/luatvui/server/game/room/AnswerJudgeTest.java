package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.server.judging.AnswerJudge.Judgement;
import vn.luatvui.server.judging.AnswerJudge;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.judging.Shuffle;

class AnswerJudgeTest {
  private static final Shuffle SHOWN_2_0_1_3 = new Shuffle(List.of(2, 0, 1, 3));

  private static Judgement judge(GameQuestion q, Shuffle s, AnswerPayload p) {
    return AnswerJudge.judge(q.content(), s, p).orElseThrow();
  }

  @Test
  void a_single_choice_is_judged_on_the_choice_the_player_saw() {
    // Shown: 15 tuổi, 16 tuổi, 18 tuổi, 14 tuổi. "16 tuổi" is the second button.
    Judgement right = judge(Fixtures.single(), SHOWN_2_0_1_3, AnswerPayload.ofChoice(1));
    Judgement wrong = judge(Fixtures.single(), SHOWN_2_0_1_3, AnswerPayload.ofChoice(0));

    assertThat(right.correct()).isTrue();
    assertThat(right.answer()).isEqualTo(AnswerPayload.ofChoice(0));
    assertThat(wrong.correct()).isFalse();
    assertThat(wrong.answer()).isEqualTo(AnswerPayload.ofChoice(2));
  }

  @Test
  void true_or_false_takes_one_of_two_choices() {
    Shuffle fixed = Shuffle.identity(2);

    assertThat(judge(Fixtures.trueFalse(), fixed, AnswerPayload.ofChoice(0)).correct()).isTrue();
    assertThat(judge(Fixtures.trueFalse(), fixed, AnswerPayload.ofChoice(1)).correct()).isFalse();
    assertThat(AnswerJudge.judge(Fixtures.trueFalse().content(), fixed, AnswerPayload.ofChoice(2))).isEmpty();
  }

  @Test
  void all_or_nothing_needs_exactly_the_correct_choices() {
    GameQuestion q = Fixtures.multiple(MultiSelectScoring.ALL_OR_NOTHING);
    Shuffle s = Shuffle.identity(4);

    assertThat(judge(q, s, AnswerPayload.ofChoices(1, 0))).isEqualTo(
        new Judgement(AnswerPayload.ofChoices(0, 1), true, 1, 1));
    assertThat(judge(q, s, AnswerPayload.ofChoices(0)).credit()).isZero();
    assertThat(judge(q, s, AnswerPayload.ofChoices(0, 1, 2)).correct()).isFalse();
  }

  @Test
  void per_option_counts_right_choices_less_wrong_ones_never_below_zero() {
    GameQuestion q = Fixtures.multiple(MultiSelectScoring.PER_OPTION);
    Shuffle s = Shuffle.identity(4);

    assertThat(judge(q, s, AnswerPayload.ofChoices(0))).extracting(Judgement::correct, Judgement::credit,
        Judgement::outOf).containsExactly(false, 1, 2);
    assertThat(judge(q, s, AnswerPayload.ofChoices(0, 1, 2))).extracting(Judgement::correct, Judgement::credit)
        .containsExactly(false, 1);
    assertThat(judge(q, s, AnswerPayload.ofChoices(0, 2, 3)).credit()).isZero();
    assertThat(judge(q, s, AnswerPayload.ofChoices(0, 1))).extracting(Judgement::correct, Judgement::credit)
        .containsExactly(true, 2);
  }

  @Test
  void multiple_select_translates_shown_positions_to_bank_choices() {
    // Shown: Buông cả hai tay, Đội mũ bảo hiểm, Bật đèn khi trời tối, Chở ba người lớn.
    Judgement j = judge(Fixtures.multiple(null), SHOWN_2_0_1_3, AnswerPayload.ofChoices(1, 2));

    assertThat(j.correct()).isTrue();
    assertThat(j.answer().choices()).containsExactly(0, 1);
  }

  @Test
  void a_typed_answer_matches_without_diacritics_case_or_extra_spaces() {
    GameQuestion q = Fixtures.typed();
    Shuffle none = Shuffle.identity(0);
    String decomposed = Normalizer.normalize("Mười sáu", Normalizer.Form.NFD);

    assertThat(judge(q, none, AnswerPayload.ofText("Mười sáu")).correct()).isTrue();
    assertThat(judge(q, none, AnswerPayload.ofText("muoi sau")).correct()).isTrue();
    assertThat(judge(q, none, AnswerPayload.ofText("  MƯỜI   SÁU ")).correct()).isTrue();
    assertThat(judge(q, none, AnswerPayload.ofText(decomposed)).correct()).isTrue();
    assertThat(judge(q, none, AnswerPayload.ofText("mười bảy")).correct()).isFalse();
    assertThat(judge(q, none, AnswerPayload.ofText(decomposed + " ")).answer().text()).isEqualTo("Mười sáu");
  }

  @Test
  void an_ordering_is_judged_in_bank_order_whatever_order_it_was_shown_in() {
    // Shown: Nghị định, Hiến pháp, Thông tư, Luật  (bank 2, 0, 3, 1).
    Shuffle shown = new Shuffle(List.of(2, 0, 3, 1));
    GameQuestion q = Fixtures.ordering();

    Judgement right = judge(q, shown, AnswerPayload.ofOrder(1, 3, 0, 2));
    Judgement asShown = judge(q, shown, AnswerPayload.ofOrder(0, 1, 2, 3));

    assertThat(right.correct()).isTrue();
    assertThat(right.answer().order()).containsExactly(0, 1, 2, 3);
    assertThat(asShown.correct()).isFalse();
    assertThat(asShown.answer().order()).containsExactly(2, 0, 3, 1);
  }

  @Test
  void a_poll_takes_any_choice_and_is_never_correct() {
    Judgement j = judge(Fixtures.poll(), Shuffle.identity(3), AnswerPayload.ofChoice(2));

    assertThat(j.correct()).isFalse();
    assertThat(j.credit()).isZero();
  }

  @Test
  void answers_that_do_not_fit_the_question_are_refused() {
    Shuffle four = Shuffle.identity(4);

    assertThat(AnswerJudge.judge(Fixtures.single().content(), four, AnswerPayload.ofChoice(4))).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.single().content(), four, AnswerPayload.ofChoice(-1))).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.single().content(), four, AnswerPayload.ofText("16"))).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.single().content(), four, new AnswerPayload(0, List.of(0), null, null))).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.single().content(), four, null)).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.multiple(null).content(), four, AnswerPayload.ofChoices())).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.multiple(null).content(), four, AnswerPayload.ofChoices(0, 0))).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.ordering().content(), four, AnswerPayload.ofOrder(0, 1, 2))).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.ordering().content(), four, AnswerPayload.ofOrder(0, 1, 1, 2))).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.typed().content(), Shuffle.identity(0), AnswerPayload.ofText("   "))).isEmpty();
    assertThat(AnswerJudge.judge(Fixtures.typed().content(), Shuffle.identity(0), AnswerPayload.ofText("x".repeat(201))))
        .isEmpty();
  }

  @Test
  void a_shuffle_of_the_wrong_size_for_the_content_never_fits() {
    assertThat(AnswerJudge.judge(Fixtures.single().content(), Shuffle.identity(2), AnswerPayload.ofChoice(0))).isEmpty();
  }
}
