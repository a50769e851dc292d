package vn.luatvui.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.media.Images;
import vn.luatvui.bank.media.StoredImage;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;

/** Moodle XML carries an uploaded image inside the file, as Moodle does, and reads it back. */
class MoodleImagesTest {

  @Test
  void anUploadedImageIsEmbeddedOnExportAndStoredAgainOnImport() throws Exception {
    StoredImage image = Images.prepare(ZipImportTest.png(Color.MAGENTA));
    QuestionContent content = new QuestionContent(QuestionType.SINGLE_CHOICE, "Biển này có màu gì?",
        List.of(new Choice("Tím", true), new Choice("Xanh", false)), List.of(), "Màu tím.",
        List.of(new Citation("36/2024/QH15", 9, null, null, null)), List.of("biển báo"), 1, Audience.MOI_NGUOI,
        Visibility.PUBLIC, null, image.path(), "Hình chữ nhật màu tím").normalized();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    QuestionExporter.write(QuestionFormat.MOODLE_XML, List.of(new ExportedQuestion(content, 20, 1000, null)), out,
        sha -> sha.equals(image.sha256()) ? image.bytes() : null);

    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(xml).contains("@@PLUGINFILE@@/" + image.fileName())
        .contains("alt=&quot;Hình chữ nhật màu tím&quot;")
        .contains("<file name=\"" + image.fileName() + "\" path=\"/\" encoding=\"base64\">");

    try (ImageFiles files = new ImageFiles()) {
      ImportResult back = QuestionImporter.read(QuestionFormat.MOODLE_XML,
          new ByteArrayInputStream(out.toByteArray()), ImportOptions.defaults().withImages(files));
      assertThat(back.errors()).isEmpty();
      assertThat(back.warnings()).isEmpty();
      QuestionContent read = back.questions().get(0).content();
      assertThat(read.imageUrl()).isEqualTo(image.path());
      assertThat(read.imageAlt()).isEqualTo("Hình chữ nhật màu tím");
      assertThat(files.load(List.of(read.imageUrl()))).singleElement()
          .satisfies(s -> assertThat(s.bytes()).isEqualTo(image.bytes()));
    }
  }

  @Test
  void anEmbeddedFileThatIsNotAnImageIsAnErrorAtItsQuestion() {
    String xml = "<?xml version=\"1.0\"?><quiz><question type=\"truefalse\"><name><text>A</text></name>"
        + "<questiontext format=\"html\"><text><![CDATA[<p>Đúng hay sai?</p><img src=\"@@PLUGINFILE@@/x.png\" alt=\"Ảnh\">]]>"
        + "</text><file name=\"x.png\" path=\"/\" encoding=\"base64\">PGh0bWw+</file></questiontext>"
        + "<generalfeedback format=\"html\"><text>Căn cứ: Điều 9 Luật 36/2024/QH15</text></generalfeedback>"
        + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
        + "</question></quiz>";
    try (ImageFiles files = new ImageFiles()) {
      ImportResult result = QuestionImporter.read(QuestionFormat.MOODLE_XML,
          new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ImportOptions.defaults().withImages(files));
      assertThat(result.questions()).isEmpty();
      assertThat(result.errors()).singleElement().satisfies(e -> {
        assertThat(e.column()).contains("<questiontext>");
        assertThat(e.message()).contains("x.png").contains("không phải là ảnh");
      });
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
