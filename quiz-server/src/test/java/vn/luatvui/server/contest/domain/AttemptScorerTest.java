package vn.luatvui.server.contest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.luatvui.server.contest.domain.Contests.drawn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.server.judging.AnswerPayload;

class AttemptScorerTest {
  // Shown: [C, A, D, B] of bank [A(correct), B, C, D]: the correct answer is shown second.
  private static final DrawnQuestion SINGLE = drawn(1, 2, 0, 3, 1);
  private static final QuestionContent SINGLE_CONTENT = Contests.singleChoice(0, 4);
  private static final DrawnQuestion TF = drawn(2, 0, 1);
  private static final QuestionContent TF_CONTENT = Contests.trueFalse(false);

  private static AttemptScore score(List<DrawnQuestion> d, List<QuestionContent> c, Map<Integer, AnswerPayload> a) {
    return AttemptScorer.score(d, c, a, 10);
  }

  @Test
  void answers_in_shown_positions_are_judged_against_the_bank() {
    AttemptScore s = score(List.of(SINGLE, TF), List.of(SINGLE_CONTENT, TF_CONTENT),
        Map.of(0, AnswerPayload.ofChoice(1), 1, AnswerPayload.ofChoice(1)));

    assertThat(s.score()).isEqualTo(20);
    assertThat(s.correct()).isEqualTo(2);
    assertThat(s.total()).isEqualTo(2);
    assertThat(s.maxScore()).isEqualTo(20);
    assertThat(s.perfect()).isTrue();
    assertThat(s.questions()).containsExactly(new QuestionResult(0, true, true, 10), new QuestionResult(1, true, true, 10));
  }

  @Test
  void choosing_the_bank_index_instead_of_the_shown_one_is_wrong() {
    AttemptScore s = score(List.of(SINGLE), List.of(SINGLE_CONTENT), Map.of(0, AnswerPayload.ofChoice(0)));

    assertThat(s.questions()).containsExactly(new QuestionResult(0, true, false, 0));
    assertThat(s.perfect()).isFalse();
  }

  @Test
  void an_unanswered_question_earns_nothing_and_is_not_answered() {
    AttemptScore s = score(List.of(SINGLE, TF), List.of(SINGLE_CONTENT, TF_CONTENT), Map.of(1, AnswerPayload.ofChoice(1)));

    assertThat(s.score()).isEqualTo(10);
    assertThat(s.questions().get(0)).isEqualTo(new QuestionResult(0, false, false, 0));
  }

  @Test
  void an_answer_that_does_not_fit_counts_as_answered_and_wrong() {
    Map<Integer, AnswerPayload> bad = new HashMap<>();
    bad.put(0, AnswerPayload.ofChoice(7));
    bad.put(1, AnswerPayload.ofText("Sai"));

    AttemptScore s = score(List.of(SINGLE, TF), List.of(SINGLE_CONTENT, TF_CONTENT), bad);

    assertThat(s.questions()).containsExactly(new QuestionResult(0, true, false, 0), new QuestionResult(1, true, false, 0));
    assertThat(s.score()).isZero();
  }

  @Test
  void per_option_multiple_select_earns_part_of_the_points_rounded() {
    DrawnQuestion q = drawn(3, 0, 1, 2, 3);
    List<QuestionContent> c = List.of(Contests.multiple(MultiSelectScoring.PER_OPTION));

    assertThat(AttemptScorer.score(List.of(q), c, Map.of(0, AnswerPayload.ofChoices(0)), 10).score()).isEqualTo(5);
    assertThat(AttemptScorer.score(List.of(q), c, Map.of(0, AnswerPayload.ofChoices(0)), 5).score()).isEqualTo(3);
    AttemptScore both = AttemptScorer.score(List.of(q), c, Map.of(0, AnswerPayload.ofChoices(1, 0)), 10);
    assertThat(both.questions()).containsExactly(new QuestionResult(0, true, true, 10));
    AttemptScore mixed = AttemptScorer.score(List.of(q), c, Map.of(0, AnswerPayload.ofChoices(0, 2)), 10);
    assertThat(mixed.questions()).containsExactly(new QuestionResult(0, true, false, 0));
  }

  @Test
  void all_or_nothing_multiple_select_earns_nothing_for_half_right() {
    DrawnQuestion q = drawn(3, 0, 1, 2, 3);
    List<QuestionContent> c = List.of(Contests.multiple(MultiSelectScoring.ALL_OR_NOTHING));

    assertThat(score(List.of(q), c, Map.of(0, AnswerPayload.ofChoices(0))).score()).isZero();
  }

  @Test
  void typed_answers_ignore_diacritics_case_and_spacing() {
    List<DrawnQuestion> d = List.of(drawn(4));
    List<QuestionContent> c = List.of(Contests.typed("Mười sáu"));

    assertThat(score(d, c, Map.of(0, AnswerPayload.ofText("  muoi   SAU "))).score()).isEqualTo(10);
    assertThat(score(d, c, Map.of(0, AnswerPayload.ofText("mười bảy"))).score()).isZero();
  }

  @Test
  void ordering_is_right_when_the_shown_items_are_put_in_bank_order() {
    DrawnQuestion q = drawn(5, 2, 0, 1);
    List<QuestionContent> c = List.of(Contests.ordering(3));

    assertThat(score(List.of(q), c, Map.of(0, AnswerPayload.ofOrder(1, 2, 0))).score()).isEqualTo(10);
    assertThat(score(List.of(q), c, Map.of(0, AnswerPayload.ofOrder(0, 1, 2))).score()).isZero();
  }

  @Test
  void fits_tells_a_well_shaped_answer_from_a_bad_one() {
    assertThat(AttemptScorer.fits(SINGLE, SINGLE_CONTENT, AnswerPayload.ofChoice(3))).isTrue();
    assertThat(AttemptScorer.fits(SINGLE, SINGLE_CONTENT, AnswerPayload.ofChoice(4))).isFalse();
    assertThat(AttemptScorer.fits(SINGLE, SINGLE_CONTENT, AnswerPayload.ofChoices(1))).isFalse();
    assertThat(AttemptScorer.fits(SINGLE, SINGLE_CONTENT, new AnswerPayload(1, List.of(1), null, null))).isFalse();
    assertThat(AttemptScorer.fits(SINGLE, SINGLE_CONTENT, null)).isFalse();
    assertThat(AttemptScorer.fits(drawn(3, 0, 1, 2, 3), Contests.multiple(MultiSelectScoring.PER_OPTION),
        AnswerPayload.ofChoices(1, 1))).isFalse();
  }

  @Test
  void a_choice_order_that_does_not_match_the_content_never_fits() {
    assertThat(AttemptScorer.fits(drawn(1, 0, 1), SINGLE_CONTENT, AnswerPayload.ofChoice(0))).isFalse();
    assertThat(AttemptScorer.fits(drawn(1, 0, 0, 1, 2), SINGLE_CONTENT, AnswerPayload.ofChoice(0))).isFalse();
  }

  @Test
  void the_maximum_score_counts_every_drawn_question() {
    AttemptScore s = AttemptScorer.score(List.of(SINGLE, TF), List.of(SINGLE_CONTENT, TF_CONTENT), Map.of(), 25);

    assertThat(s.maxScore()).isEqualTo(50);
    assertThat(s.correct()).isZero();
    assertThat(s.perfect()).isFalse();
  }

  @Test
  void questions_and_contents_must_pair_up() {
    assertThatThrownBy(() -> score(List.of(SINGLE, TF), List.of(SINGLE_CONTENT), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
