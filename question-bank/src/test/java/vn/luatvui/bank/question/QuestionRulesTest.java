package vn.luatvui.bank.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionRulesTest {

  @Test
  void a_well_formed_question_of_each_type_has_no_violations() {
    assertThat(QuestionRules.check(Questions.singleChoice())).isEmpty();
    assertThat(QuestionRules.check(Questions.of(QuestionType.MULTIPLE_SELECT,
        List.of(new Choice("a", true), new Choice("b", true), new Choice("c", false)), List.of()))).isEmpty();
    assertThat(QuestionRules.check(Questions.of(QuestionType.TRUE_FALSE,
        List.of(new Choice("Đúng", false), new Choice("Sai", true)), List.of()))).isEmpty();
    assertThat(QuestionRules.check(Questions.of(QuestionType.TYPE_ANSWER, List.of(), List.of("16", "mười sáu")))).isEmpty();
    assertThat(QuestionRules.check(Questions.of(QuestionType.ORDERING,
        List.of(new Choice("một", true), new Choice("hai", true), new Choice("ba", true)), List.of()))).isEmpty();
    assertThat(QuestionRules.check(Questions.of(QuestionType.POLL,
        List.of(new Choice("Có", false), new Choice("Không", false)), List.of()))).isEmpty();
  }

  @Test
  void a_single_choice_question_needs_exactly_one_correct_answer() {
    var none = Questions.of(QuestionType.SINGLE_CHOICE, List.of(new Choice("a", false), new Choice("b", false)), List.of());
    var two = Questions.of(QuestionType.SINGLE_CHOICE, List.of(new Choice("a", true), new Choice("b", true)), List.of());

    assertThat(QuestionRules.check(none)).extracting(Violation::message).containsExactly("Chưa có đáp án đúng.");
    assertThat(QuestionRules.check(two)).extracting(Violation::message).containsExactly("Chỉ được một đáp án đúng (đang có 2).");
  }

  @Test
  void every_question_cites_the_law() {
    QuestionContent q = Questions.singleChoice();
    QuestionContent uncited = new QuestionContent(q.type(), q.text(), q.choices(), q.accepted(), q.explanation(),
        List.of(), q.tags(), q.difficulty(), q.audience(), q.visibility(), null, null);

    assertThat(QuestionRules.check(uncited)).extracting(Violation::field).containsExactly("citations");
  }

  @Test
  void a_citation_names_a_real_article_clause_and_point() {
    QuestionContent q = Questions.singleChoice();
    QuestionContent bad = new QuestionContent(q.type(), q.text(), q.choices(), q.accepted(), q.explanation(),
        List.of(new Citation("36/2024/QH15", 0, 0, "ab", null), new Citation("36/2024/QH15", 9, null, "a", null)),
        q.tags(), q.difficulty(), q.audience(), q.visibility(), null, null);

    assertThat(QuestionRules.check(bad)).extracting(Violation::field).containsExactly(
        "citations[0].article", "citations[0].clause", "citations[0].point", "citations[1].point");
  }

  @Test
  void the_same_choice_twice_is_reported_even_when_written_with_other_accents() {
    var q = Questions.of(QuestionType.SINGLE_CHOICE,
        List.of(new Choice("Đúng luật", true), new Choice("dung luat", false)), List.of());

    assertThat(QuestionRules.check(q)).extracting(Violation::field).containsExactly("choices[1]");
  }

  @Test
  void a_type_answer_question_has_accepted_answers_and_no_choices() {
    var q = Questions.of(QuestionType.TYPE_ANSWER, List.of(new Choice("x", true)), List.of());

    assertThat(QuestionRules.check(q)).extracting(Violation::field).containsExactly("choices", "accepted");
  }

  @Test
  void normalising_turns_text_into_nfc_and_tags_into_lower_case() {
    QuestionContent q = Questions.singleChoice();
    String nfd = Normalizer.normalize(q.text(), Normalizer.Form.NFD);
    QuestionContent raw = new QuestionContent(q.type(), "  " + nfd + " ", q.choices(), q.accepted(), q.explanation(),
        q.citations(), List.of("Trẻ Em", "trẻ em", " "), q.difficulty(), q.audience(), q.visibility(), null, " ");

    QuestionContent clean = raw.normalized();

    assertThat(clean.text()).isEqualTo(q.text());
    assertThat(clean.tags()).containsExactly("trẻ em");
    assertThat(clean.imageUrl()).isNull();
  }

  @Test
  void a_citation_reads_as_vietnamese_legal_writing_does() {
    assertThat(new Citation("36/2024/QH15", 9, 2, "a", null).reference()).isEqualTo("điểm a khoản 2 Điều 9");
    assertThat(new Citation("36/2024/QH15", 9, null, null, null).reference()).isEqualTo("Điều 9");
  }
}
