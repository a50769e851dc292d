package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luatvui.bank.formats.Fixtures.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

class MoodleXmlFormatTest {
  private static final Citation DEFAULT = new Citation("36/2024/QH15", 9, null, null, null);

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = MoodleXmlFormatTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static ImportOptions withDefault() {
    return ImportOptions.defaults().withDefaultCitation(DEFAULT);
  }

  @Test
  void a_file_shaped_like_moodles_own_export_is_read_type_by_type() throws IOException {
    ImportResult result = read(QuestionFormat.MOODLE_XML, resource("/formats/moodle-export.xml"), withDefault());

    assertThat(result.questions()).map(q -> q.content().type()).containsExactly(QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_SELECT, QuestionType.TRUE_FALSE, QuestionType.TYPE_ANSWER, QuestionType.ORDERING);
    QuestionContent single = result.questions().get(0).content();
    assertThat(single.text()).isEqualTo("Người điều khiển xe mô tô trên đường mà trong máu có nồng độ cồn thì có vi "
        + "phạm không?");
    assertThat(single.choices()).containsExactly(new Choice("Có vi phạm", true),
        new Choice("Không vi phạm nếu dưới 50 mg/100 ml máu", false), new Choice("Chỉ vi phạm vào ban đêm", false));
    assertThat(single.explanation()).isEqualTo("Luật nghiêm cấm điều khiển phương tiện khi trong máu hoặc hơi thở có "
        + "nồng độ cồn.");
    assertThat(single.citations()).containsExactly(new Citation("36/2024/QH15", 9, 2, null, null));
    assertThat(single.tags()).containsExactly("giao thông", "nồng độ cồn");
    assertThat(result.questions().get(0).key()).isEqualTo("gt-con-01");

    QuestionContent multi = result.questions().get(1).content();
    assertThat(multi.text()).isEqualTo("Những hành vi nào bị nghiêm cấm?\n\nChọn tất cả đáp án đúng.");
    assertThat(multi.correctChoices()).map(Choice::text).containsExactly("Đua xe trái phép", "Lạng lách, đánh võng");
    assertThat(multi.scoring()).isEqualTo(MultiSelectScoring.ALL_OR_NOTHING);
    assertThat(multi.explanation()).as("the right answer's feedback when there is no general feedback")
        .isEqualTo("Đúng: đua xe bị nghiêm cấm.");
    assertThat(multi.imageUrl()).isNull();

    QuestionContent trueFalse = result.questions().get(2).content();
    assertThat(trueFalse.correctChoices()).containsExactly(new Choice("Sai", true));
    assertThat(trueFalse.citations()).containsExactly(DEFAULT);

    QuestionContent typed = result.questions().get(3).content();
    assertThat(typed.accepted()).containsExactly("16", "mười sáu");
    assertThat(typed.tags()).containsExactly("trẻ em");
    assertThat(typed.citations()).containsExactly(new Citation("102/2016/QH13", 1, null, null, null));

    QuestionContent ordering = result.questions().get(4).content();
    assertThat(ordering.choices()).map(Choice::text)
        .containsExactly("Quan sát", "Ra tín hiệu", "Giảm tốc độ", "Chuyển hướng");
    assertThat(ordering.explanation()).isEqualTo("Quan sát, ra tín hiệu, giảm tốc độ rồi mới chuyển hướng.\n"
        + "Làm theo hướng dẫn của thầy cô.");
  }

  @Test
  void an_embedded_image_is_a_warning_naming_the_question_and_the_text_is_still_imported() throws IOException {
    ImportResult result = read(QuestionFormat.MOODLE_XML, resource("/formats/moodle-export.xml"), withDefault());

    assertThat(result.warnings()).singleElement().satisfies(w -> {
      assertThat(w.row()).isEqualTo(result.questions().get(1).row());
      assertThat(w.column()).isEqualTo("câu hỏi 2 › <questiontext>");
      assertThat(w.message()).contains("bien-bao.png").contains("không kèm ảnh");
    });
  }

  @Test
  void a_question_type_the_bank_lacks_is_an_error_naming_its_position_and_element() throws IOException {
    ImportResult result = read(QuestionFormat.MOODLE_XML, resource("/formats/moodle-export.xml"), withDefault());

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(235);
      assertThat(e.column()).isEqualTo("câu hỏi 6 › <question type=\"essay\">");
      assertThat(e.describe()).startsWith("Dòng 235 (câu hỏi 6 › <question type=\"essay\">): Loại câu hỏi Moodle “essay”");
    });
    assertThat(result.rows()).isEqualTo(6);
  }

  @Test
  void a_broken_answer_names_the_question_the_answer_and_its_element() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
          <question type="multichoice">
            <name><text>A</text></name>
            <questiontext format="html"><text>Câu hỏi một?</text></questiontext>
            <single>true</single>
            <answer fraction="100"><text>Có</text></answer>
            <answer fraction="0"><text>Không</text></answer>
          </question>
          <question type="multichoice">
            <name><text>B</text></name>
            <questiontext format="html"><text>Câu hỏi hai?</text></questiontext>
            <single>true</single>
            <answer fraction="100"><text>Có</text></answer>
            <answer fraction="nhiều"><text>Không</text></answer>
            <answer fraction="0"><text></text></answer>
          </question>
        </quiz>
        """;

    ImportResult result = read(QuestionFormat.MOODLE_XML, xml, withDefault());

    assertThat(result.questions()).singleElement().satisfies(q -> assertThat(q.content().text()).isEqualTo("Câu hỏi một?"));
    assertThat(result.errors()).map(ImportError::describe).containsExactly(
        "Dòng 10 (câu hỏi 2 › <answer> 2): Thuộc tính fraction phải là một số (đang là “nhiều”).",
        "Dòng 10 (câu hỏi 2 › <answer> 3): Đáp án 3 (dòng 16) đang trống.");
  }

  @Test
  void a_single_choice_question_without_a_right_answer_is_reported_at_its_answers() {
    String xml = "<quiz><question type=\"multichoice\"><questiontext format=\"html\"><text>Hỏi?</text></questiontext>"
        + "<single>true</single><answer fraction=\"0\"><text>A</text></answer><answer fraction=\"0\"><text>B</text>"
        + "</answer></question></quiz>";

    ImportResult result = read(QuestionFormat.MOODLE_XML, xml, withDefault());

    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isEqualTo("câu hỏi 1 › <answer>");
      assertThat(e.message()).isEqualTo("Chưa có đáp án đúng.");
    });
  }

  @Test
  void html_becomes_plain_text_with_its_line_breaks_and_nothing_of_its_scripts() {
    String xml = "<quiz><question type=\"truefalse\"><questiontext format=\"html\"><text><![CDATA["
        + "<p>Dòng một<br/>Dòng   hai &amp; &lt;ba&gt;&#160;&#x1EBF;</p><script>alert('x')</script><ul><li>Mục</li></ul>"
        + "]]></text></questiontext><answer fraction=\"100\"><text>true</text></answer>"
        + "<answer fraction=\"0\"><text>false</text></answer></question></quiz>";

    ImportResult result = read(QuestionFormat.MOODLE_XML, xml, withDefault());

    assertThat(result.errors()).isEmpty();
    assertThat(result.questions().get(0).content().text()).isEqualTo("Dòng một\nDòng hai & <ba> ế\n\nMục");
  }

  @Test
  void an_external_entity_is_refused_without_reading_the_file_it_names(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "mật-khẩu-bí-mật");
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<quiz><question type=\"shortanswer\"><questiontext><text>&xxe;</text></questiontext>"
        + "<answer fraction=\"100\"><text>a</text></answer></question></quiz>";

    ImportResult result = read(QuestionFormat.MOODLE_XML, xml, withDefault());

    assertThat(result.questions()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isZero();
      assertThat(e.message()).isEqualTo(MoodleXmlReader.DOCTYPE).doesNotContain("mật-khẩu");
    });
  }

  @Test
  void billion_laughs_is_refused_at_once() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE quiz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    String xml = dtd + "]><quiz><question type=\"shortanswer\"><questiontext><text>&lol9;</text></questiontext>"
        + "<answer fraction=\"100\"><text>a</text></answer></question></quiz>";

    long start = System.nanoTime();
    ImportResult result = read(QuestionFormat.MOODLE_XML, xml, withDefault());

    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    assertThat(result.questions()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo(MoodleXmlReader.DOCTYPE));
  }

  @Test
  void a_file_that_is_not_moodle_xml_or_is_cut_short_is_one_error_for_the_file() {
    assertThat(read(QuestionFormat.MOODLE_XML, "<html><body>x</body></html>", withDefault()).errors())
        .singleElement().satisfies(e -> assertThat(e.message()).isEqualTo(MoodleXmlReader.NOT_QUIZ));
    ImportResult cut = read(QuestionFormat.MOODLE_XML, "<quiz>\n<question type=\"truefalse\">\n<questiontext>",
        withDefault());
    assertThat(cut.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isZero();
      assertThat(e.message()).startsWith("Tệp XML bị lỗi ở dòng 3");
    });
  }

  @Test
  void every_type_but_poll_goes_out_and_comes_back_whole() {
    List<QuestionContent> all = Fixtures.everyType();
    List<ExportedQuestion> sent = IntStream.range(0, all.size()).mapToObj(i -> Fixtures.exported(all.get(i), i)).toList();
    byte[] file = Fixtures.write(QuestionFormat.MOODLE_XML, sent);

    ImportResult back = read(QuestionFormat.MOODLE_XML, file, ImportOptions.defaults());

    assertThat(back.errors()).isEmpty();
    List<ExportedQuestion> held = sent.stream().filter(q -> q.content().type() != QuestionType.POLL).toList();
    assertThat(back.questions()).hasSize(held.size());
    for (int i = 0; i < held.size(); i++) {
      QuestionContent was = held.get(i).content();
      QuestionContent got = back.questions().get(i).content();
      assertThat(got.type()).isEqualTo(was.type());
      assertThat(got.text()).isEqualTo(was.text());
      assertThat(got.choices()).isEqualTo(was.choices());
      assertThat(got.accepted()).isEqualTo(was.accepted());
      assertThat(got.explanation()).isEqualTo(was.explanation());
      assertThat(got.citations()).isEqualTo(was.citations());
      assertThat(got.tags()).isEqualTo(was.tags());
      assertThat(got.scoring()).isEqualTo(was.scoring());
      assertThat(got.imageUrl()).isEqualTo(was.imageUrl());
      assertThat(back.questions().get(i).key()).isEqualTo(held.get(i).key());
    }
    assertThat(new String(file, StandardCharsets.UTF_8)).contains("<question type=\"category\">")
        .contains("<single>false</single>").contains("type=\"ordering\"");
  }

  @Test
  void text_that_looks_like_markup_is_escaped_on_export_and_read_back_as_text() {
    QuestionContent sly = Fixtures.valid(new QuestionContent(QuestionType.SINGLE_CHOICE,
        "Ký hiệu </text></question><b>&amp; \"x\"  hai dấu cách\nvà dòng mới?",
        List.of(new Choice("<script>1</script>", true), new Choice("a & b", false)), List.of(), "Giải thích.",
        List.of(DEFAULT), List.of(), 1, null, null, null, null));
    byte[] file = Fixtures.write(QuestionFormat.MOODLE_XML, List.of(new ExportedQuestion(sly)));

    ImportResult back = read(QuestionFormat.MOODLE_XML, file, ImportOptions.defaults());

    assertThat(back.errors()).isEmpty();
    assertThat(back.questions().get(0).content().text()).isEqualTo(sly.text());
    assertThat(back.questions().get(0).content().choices()).isEqualTo(sly.choices());
  }
}
