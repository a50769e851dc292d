package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import vn.luatvui.bank.media.MediaPaths;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;

/**
 * Writes Moodle XML as Moodle's own export lays it out: a category question before each change of
 * first tag, then per question its name, HTML question text (with the image as {@code <img>}),
 * general feedback (explanation, then "Căn cứ: …"), the key as {@code idnumber}, tags, and answers
 * with fractions. Texts are escaped, never CDATA, so no text can close its element.
 */
final class MoodleXmlWriter {
  private MoodleXmlWriter() {
  }

  static int write(Iterable<ExportedQuestion> questions, OutputStream out, ImageSource images) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    String category = null;
    int written = 0;
    for (ExportedQuestion q : questions) {
      QuestionContent c = q.content();
      if (!QuestionFormat.MOODLE_XML.canHold(c)) {
        continue;
      }
      String tag = c.tags().isEmpty() ? null : c.tags().get(0);
      if (written == 0 || !Objects.equals(tag, category)) {
        w.write("  <question type=\"category\">\n    <category>\n      <text>" + xml("$course$/top/LuậtVui"
            + (tag == null ? "" : "/" + tag.replace("/", "-"))) + "</text>\n    </category>\n  </question>\n");
        category = tag;
      }
      w.write(question(q, ++written, images));
    }
    w.write("</quiz>\n");
    w.flush();
    return written;
  }

  private static String question(ExportedQuestion q, int number, ImageSource images) throws IOException {
    QuestionContent c = q.content();
    String type = switch (c.type()) {
      case TRUE_FALSE -> "truefalse";
      case TYPE_ANSWER -> "shortanswer";
      case ORDERING -> "ordering";
      default -> "multichoice";
    };
    StringBuilder sb = new StringBuilder(512);
    sb.append("  <question type=\"").append(type).append("\">\n");
    String name = q.key() != null ? q.key() : "Câu " + number;
    sb.append("    <name>\n      <text>").append(xml(name)).append("</text>\n    </name>\n");
    String sha = MediaPaths.sha256(c.imageUrl());
    byte[] embedded = sha == null || images == null ? null : images.bytes(sha);
    String file = embedded == null ? null : c.imageUrl().substring(MediaPaths.PREFIX.length());
    String src = file != null ? PLUGINFILE + file : c.imageUrl();
    String alt = c.imageAlt() == null ? "" : HtmlText.html(c.imageAlt());
    String html = "<p>" + HtmlText.html(c.text()) + "</p>"
        + (c.imageUrl() == null ? "" : "<p><img src=\"" + HtmlText.html(src) + "\" alt=\"" + alt + "\"></p>");
    text(sb, "questiontext", html);
    if (file != null) {
      // Moodle's own way: the file inside <questiontext>, named by the @@PLUGINFILE@@ address in its HTML.
      int end = sb.lastIndexOf("    </questiontext>");
      sb.insert(end, "      <file name=\"" + xml(file) + "\" path=\"/\" encoding=\"base64\">"
          + Base64.getEncoder().encodeToString(embedded) + "</file>\n");
    }
    String feedback = feedback(c);
    text(sb, "generalfeedback", feedback == null ? "" : "<p>" + HtmlText.html(feedback) + "</p>");
    sb.append("    <defaultgrade>1.0000000</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
    sb.append("    <idnumber>").append(q.key() == null ? "" : xml(q.key())).append("</idnumber>\n");
    switch (c.type()) {
      case TRUE_FALSE -> {
        boolean right = c.choices().stream().anyMatch(ch -> ch.correct() && Boolean.TRUE.equals(Labels.truth(ch.text())));
        answer(sb, right ? "100" : "0", "true", "moodle_auto_format");
        answer(sb, right ? "0" : "100", "false", "moodle_auto_format");
      }
      case TYPE_ANSWER -> {
        sb.append("    <usecase>0</usecase>\n");
        c.accepted().forEach(a -> answer(sb, "100", xml(a), "moodle_auto_format"));
      }
      case ORDERING -> {
        sb.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0"
            + "</selectcount>\n    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n    <showgrading>SHOW</showgrading>\n");
        for (int i = 0; i < c.choices().size(); i++) {
          answer(sb, String.valueOf(i + 1), xml(c.choices().get(i).text()), "moodle_auto_format");
        }
      }
      default -> choices(sb, c);
    }
    if (!c.tags().isEmpty()) {
      sb.append("    <tags>\n");
      c.tags().forEach(t -> sb.append("      <tag><text>").append(xml(t)).append("</text></tag>\n"));
      sb.append("    </tags>\n");
    }
    return sb.append("  </question>\n").toString();
  }

  private static void choices(StringBuilder sb, QuestionContent c) {
    boolean multiple = c.type() == vn.luatvui.bank.question.QuestionType.MULTIPLE_SELECT;
    sb.append("    <single>").append(!multiple).append("</single>\n    <shuffleanswers>true</shuffleanswers>\n"
        + "    <answernumbering>abc</answernumbering>\n");
    long right = Math.max(1, c.correctChoices().size());
    String share = multiple ? number(100.0 / right) : "100";
    String wrong = !multiple ? "0" : c.scoring() == MultiSelectScoring.PER_OPTION ? "-" + share : "-100";
    for (Choice ch : c.choices()) {
      answer(sb, ch.correct() ? share : wrong, xml(HtmlText.html(ch.text())), "html");
    }
  }

  private static void answer(StringBuilder sb, String fraction, String escapedText, String format) {
    sb.append("    <answer fraction=\"").append(fraction).append("\" format=\"").append(format).append("\">\n      <text>")
        .append(escapedText).append("</text>\n      <feedback format=\"html\">\n        <text></text>\n      </feedback>\n"
            + "    </answer>\n");
  }

  static final String PLUGINFILE = "@@PLUGINFILE@@/";

  private static void text(StringBuilder sb, String element, String html) {
    sb.append("    <").append(element).append(" format=\"html\">\n      <text>").append(xml(html)).append("</text>\n    </")
        .append(element).append(">\n");
  }

  private static String feedback(QuestionContent c) {
    String cited = c.citations().isEmpty() ? null : "Căn cứ: " + Citations.format(c.citations());
    if (c.explanation() == null) {
      return cited;
    }
    return cited == null ? c.explanation() : c.explanation() + "\n\n" + cited;
  }

  private static String number(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
  }

  /** XML character escaping; characters XML 1.0 cannot hold are dropped. */
  static String xml(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\n' || ch == '\t') {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }
}
