package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.luatvui.bank.formats.Fixtures.read;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionType;

class JsonFormatTest {

  private static String wrapped(String items) {
    return "{\"format\": \"luatvui-questions\", \"version\": 1, \"questions\": [\n" + items + "\n]}";
  }

  private static final String GOOD = """
      {"key": "tre-em-001", "type": "SINGLE_CHOICE", "text": "Trẻ em là người dưới bao nhiêu tuổi?",
       "choices": [{"text": "16 tuổi", "correct": true}, {"text": "18 tuổi", "correct": false}],
       "explanation": "Điều 1 Luật Trẻ em.",
       "citations": [{"document": "102/2016/QH13", "article": 1, "clause": null, "point": null, "quote": null}],
       "tags": ["Trẻ em"], "difficulty": 1, "audience": "THCS", "visibility": "PUBLIC", "imageUrl": null,
       "timeLimitSeconds": 20, "points": 1000}""";

  @Test
  void a_starter_bank_file_is_a_bare_array_of_the_same_items() throws IOException {
    byte[] file;
    try (InputStream in = getClass().getResourceAsStream("/formats/starter-like.json")) {
      file = in.readAllBytes();
    }

    ImportResult result = read(QuestionFormat.JSON, file);

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).map(ImportedQuestion::key).containsExactly("tre-em-001", "giao-thong-002",
        "tre-em-003");
    assertThat(result.questions()).map(ImportedQuestion::row).containsExactly(2, 21, 39);
    assertThat(result.questions().get(1).content().type()).isEqualTo(QuestionType.TRUE_FALSE);
    assertThat(result.questions().get(2).content().accepted()).containsExactly("16", "mười sáu");
  }

  @Test
  void the_wrapped_file_reads_the_same_item() {
    ImportResult result = read(QuestionFormat.JSON, wrapped(GOOD));

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions()).singleElement().satisfies(q -> {
      assertThat(q.row()).isEqualTo(2);
      assertThat(q.content().tags()).containsExactly("trẻ em");
      assertThat(q.content().audience()).isEqualTo(Audience.THCS);
      assertThat(q.content().citations()).containsExactly(new Citation("102/2016/QH13", 1, null, null, null));
    });
  }

  @Test
  void a_value_of_the_wrong_type_is_an_error_naming_the_item_and_field() {
    String items = GOOD + ",\n" + GOOD.replace("tre-em-001", "b").replace("\"difficulty\": 1", "\"difficulty\": \"1\"")
        + ",\n" + GOOD.replace("tre-em-001", "c").replace("\"correct\": false", "\"correct\": \"không\"");

    ImportResult result = read(QuestionFormat.JSON, wrapped(items));

    assertThat(result.questions()).hasSize(1);
    assertThat(result.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
        tuple(8, "questions[1].difficulty"),
        tuple(14, "questions[2].choices[1].correct"));
    assertThat(result.errors().get(0).message()).contains("số nguyên");
    assertThat(result.errors().get(1).message()).contains("true hoặc false");
  }

  @Test
  void unknown_fields_are_errors_naming_each_of_them() {
    String item = GOOD.replace("\"key\": \"tre-em-001\",", "\"key\": \"x\", \"answer\": 2,")
        .replace("{\"text\": \"16 tuổi\", \"correct\": true}", "{\"text\": \"16 tuổi\", \"correct\": true, \"hint\": \"\"}");

    ImportResult result = read(QuestionFormat.JSON, wrapped(item));

    assertThat(result.errors()).extracting(ImportError::column)
        .containsExactly("questions[0].answer", "questions[0].choices[0].hint");
    assertThat(result.errors().get(0).message()).contains("“answer”");
  }

  @Test
  void an_unknown_type_lists_the_allowed_ones() {
    ImportResult result = read(QuestionFormat.JSON, "[" + GOOD.replace("SINGLE_CHOICE", "QUIZ") + "]");

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isEqualTo("[0].type");
      assertThat(e.message()).contains("“QUIZ”").contains("SINGLE_CHOICE").contains("POLL");
    });
  }

  @Test
  void broken_json_is_reported_at_its_line() {
    ImportResult result = read(QuestionFormat.JSON, "[\n" + GOOD + ",\n{\"text\": \"x\",,}\n]");

    assertThat(result.errors()).last().satisfies(e -> {
      assertThat(e.row()).isEqualTo(8);
      assertThat(e.message()).startsWith("JSON không hợp lệ ở dòng 8");
    });
  }

  @Test
  void a_json_object_of_another_kind_is_refused() {
    ImportResult result = read(QuestionFormat.JSON, "{\"format\": \"kahoot\", \"questions\": []}");

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isZero();
      assertThat(e.message()).contains("luatvui-questions");
    });
  }

  @Test
  void rule_violations_keys_time_and_points_are_reported_by_field() {
    String item = GOOD.replace("\"text\": \"Trẻ em là người dưới bao nhiêu tuổi?\"", "\"text\": \"  \"")
        .replace("\"timeLimitSeconds\": 20", "\"timeLimitSeconds\": 15").replace("\"points\": 1000", "\"points\": 100");

    ImportResult result = read(QuestionFormat.JSON, wrapped(GOOD + ",\n" + item));

    assertThat(result.errors()).extracting(ImportError::column).containsExactly("questions[1].key",
        "questions[1].timeLimitSeconds", "questions[1].points", "questions[1].text");
    assertThat(result.errors().get(0).message()).contains("dòng 2");
  }
}
