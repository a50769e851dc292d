package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.formats.Fixtures.exported;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

class RoundTripTest {

  private static List<ExportedQuestion> export(List<QuestionContent> contents) {
    return IntStream.range(0, contents.size()).mapToObj(i -> exported(contents.get(i), i)).toList();
  }

  private static ImportResult roundTrip(QuestionFormat format, List<ExportedQuestion> questions,
                                        ImportOptions options) {
    byte[] file = Fixtures.write(format, questions);
    ImportResult result = Fixtures.read(format, file, options);
    assertThat(result.errors()).as("errors reading back %s", format).isEmpty();
    return result;
  }

  @Test
  void json_gives_back_everything_including_key_time_and_points() {
    List<ExportedQuestion> questions = export(Fixtures.everyType());
    ImportResult back = roundTrip(QuestionFormat.JSON, questions, ImportOptions.defaults());
    assertThat(back.questions()).map(ImportedQuestion::toExported).containsExactlyElementsOf(questions);
  }

  @ParameterizedTest
  @EnumSource(value = QuestionFormat.class, names = {"XLSX_LUATVUI", "CSV_LUATVUI"})
  void the_luatvui_layout_gives_back_every_type_with_every_field(QuestionFormat format) {
    List<ExportedQuestion> questions = export(Fixtures.everyType());
    ImportResult back = roundTrip(format, questions, ImportOptions.defaults());
    assertThat(back.questions()).map(ImportedQuestion::toExported).containsExactlyElementsOf(questions);
    assertThat(back.questions()).map(ImportedQuestion::row).containsExactly(2, 3, 4, 5, 6, 7);
  }

  @ParameterizedTest
  @EnumSource(value = QuestionFormat.class, names = {"XLSX_KAHOOT", "CSV_KAHOOT"})
  void the_kahoot_layout_gives_back_text_choices_correct_answers_and_time(QuestionFormat format) {
    List<ExportedQuestion> questions = export(Fixtures.everyType());
    ImportResult back = roundTrip(format, questions, Fixtures.withRoadLaw());
    List<ExportedQuestion> held = questions.stream().filter(q -> format.canHold(q.content())).toList();
    assertThat(held).map(q -> q.content().type())
        .containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_SELECT, QuestionType.TRUE_FALSE);
    assertThat(back.questions()).hasSize(held.size());
    for (int i = 0; i < held.size(); i++) {
      QuestionContent sent = held.get(i).content();
      ImportedQuestion got = back.questions().get(i);
      assertThat(got.content().type()).isEqualTo(sent.type());
      assertThat(got.content().text()).isEqualTo(sent.text());
      assertThat(got.content().choices()).isEqualTo(sent.choices());
      assertThat(got.timeLimitSeconds()).isEqualTo(held.get(i).timeLimitSeconds());
      assertThat(got.content().citations()).containsExactly(Fixtures.ROAD_LAW);
    }
  }

  @Test
  void aiken_gives_back_single_choice_questions_and_skips_the_rest() {
    List<ExportedQuestion> questions = export(Fixtures.everyType());
    int written = QuestionExporter.write(QuestionFormat.AIKEN, questions, new java.io.ByteArrayOutputStream());
    assertThat(written).isEqualTo(1);
    ImportResult back = roundTrip(QuestionFormat.AIKEN, questions, Fixtures.withRoadLaw());
    assertThat(back.questions()).singleElement().satisfies(q -> {
      assertThat(q.content().type()).isEqualTo(QuestionType.SINGLE_CHOICE);
      assertThat(q.content().text()).isEqualTo(Fixtures.single().text());
      assertThat(q.content().choices()).isEqualTo(Fixtures.single().choices());
      assertThat(q.row()).isEqualTo(1);
    });
  }

  @Test
  void gift_gives_back_every_type_but_ordering_with_explanation_citations_tag_and_key() {
    List<QuestionContent> contents = new ArrayList<>(Fixtures.everyType());
    List<ExportedQuestion> questions = export(contents);
    ImportResult back = roundTrip(QuestionFormat.GIFT, questions, ImportOptions.defaults());
    List<ExportedQuestion> held = questions.stream().filter(q -> QuestionFormat.GIFT.canHold(q.content())).toList();
    assertThat(held).hasSize(5);
    assertThat(back.questions()).hasSize(5);
    for (int i = 0; i < held.size(); i++) {
      QuestionContent sent = held.get(i).content();
      QuestionContent got = back.questions().get(i).content();
      assertThat(got.type()).isEqualTo(sent.type());
      assertThat(got.text()).isEqualTo(sent.text());
      assertThat(got.choices()).isEqualTo(sent.choices());
      assertThat(got.accepted()).isEqualTo(sent.accepted());
      assertThat(got.explanation()).isEqualTo(sent.explanation());
      assertThat(got.citations()).isEqualTo(sent.citations());
      assertThat(got.tags()).containsExactly(sent.tags().get(0));
      assertThat(got.scoring()).isEqualTo(sent.scoring());
      assertThat(back.questions().get(i).key()).isEqualTo(held.get(i).key());
    }
  }

  @Test
  void a_format_that_cannot_hold_a_question_skips_it_and_says_how_many_it_wrote() {
    List<ExportedQuestion> questions = export(Fixtures.everyType());
    assertThat(QuestionExporter.write(QuestionFormat.XLSX_KAHOOT, questions, new java.io.ByteArrayOutputStream()))
        .isEqualTo(3);
    assertThat(QuestionExporter.write(QuestionFormat.GIFT, questions, new java.io.ByteArrayOutputStream()))
        .isEqualTo(5);
    assertThat(QuestionExporter.write(QuestionFormat.JSON, questions, new java.io.ByteArrayOutputStream()))
        .isEqualTo(6);
  }
}
