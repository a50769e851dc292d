package vn.luatvui.bank.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Moodle XML questions: multichoice (single and multiple), truefalse, shortanswer and ordering;
 * a {@code category} question tags those after it; general feedback (or, without it, the feedback
 * of the right answer) is the explanation, and what follows "Căn cứ:" in it the citations; HTML
 * texts become plain text with their line breaks. The row of a question is the line its
 * {@code <question>} starts on, its column names the question's position and the element, e.g.
 * "câu hỏi 3 › <answer> 2".
 */
final class MoodleXmlFormat {
  private static final Pattern CITED = Pattern.compile("(?iu)(?:căn cứ|can cu|trích dẫn|trich dan)\\s*:");

  private MoodleXmlFormat() {
  }

  static ImportResult read(InputStream in, ImportOptions options) throws IOException {
    Collector out = new Collector(options, "Moodle XML", true);
    State state = new State();
    MoodleXmlReader.read(in, out, node -> {
      if (!node.name.equals("question")) {
        return;
      }
      String type = node.attribute("type") == null ? "" : node.attribute("type");
      if (type.equals("category")) {
        state.tag = category(node.child("category") == null ? "" : node.child("category").textValue());
        return;
      }
      if (++state.position > Inputs.MAX_ROWS) {
        throw new java.io.UncheckedIOException(new Inputs.Unreadable(Inputs.TOO_MANY_ROWS));
      }
      question(node, type, state, out);
    });
    return out.result();
  }

  /** Where the reader is: the tag of the last category, and how many questions came so far. */
  private static final class State {
    String tag;
    int position;
  }

  private static void question(XmlNode q, String type, State state, Collector out) {
    int row = q.line;
    String at = "câu hỏi " + state.position;
    Draft d = new Draft();
    QuestionType kind = switch (type) {
      case "multichoice" -> "false".equalsIgnoreCase(q.childValue("single")) || "0".equals(q.childValue("single"))
          ? QuestionType.MULTIPLE_SELECT : QuestionType.SINGLE_CHOICE;
      case "truefalse" -> QuestionType.TRUE_FALSE;
      case "shortanswer" -> QuestionType.TYPE_ANSWER;
      case "ordering" -> QuestionType.ORDERING;
      default -> null;
    };
    if (kind == null) {
      out.error(row, at + " › <question type=\"" + cut(type) + "\">", "Loại câu hỏi Moodle “" + cut(type) + "” không "
          + "được hỗ trợ; LuậtVui nhận multichoice, truefalse, shortanswer và ordering.");
      return;
    }
    d.type = kind;
    XmlNode idnumber = q.child("idnumber");
    d.key = idnumber == null || idnumber.value().isEmpty() ? null : idnumber.value();
    d.text = text(q.child("questiontext"), d, row, at + " › <questiontext>", out);
    if (state.tag != null) {
      d.tags.add(state.tag);
    }
    XmlNode tags = q.child("tags");
    if (tags != null) {
      tags.all("tag").forEach(t -> d.tags.add(t.textValue().strip()));
    }
    List<MoodleAnswer> answers = new ArrayList<>();
    List<XmlNode> nodes = q.all("answer");
    for (int i = 0; i < nodes.size(); i++) {
      MoodleAnswer a = MoodleAnswer.of(nodes.get(i), i + 1, at, row, out);
      if (a != null) {
        answers.add(a);
      }
    }
    if (answers.size() < nodes.size()) {
      return;
    }
    answers(kind, answers, d);
    String general = plain(q.child("generalfeedback"));
    if (general.isEmpty()) {
      general = answers.stream().filter(a -> a.fraction() > 0).map(MoodleAnswer::feedback).filter(f -> !f.isEmpty())
          .findFirst().orElse("");
    }
    feedback(general, d, row, at + " › <generalfeedback>", out);
    out.accept(row, d, field -> field.equals("text") || field.equals("imageUrl") ? at + " › <questiontext>"
        : field.startsWith("choices[") || field.startsWith("accepted[")
            ? at + " › <answer> " + (Integer.parseInt(field.replaceAll("\\D", "")) + 1)
            : field.startsWith("choices") || field.startsWith("accepted") ? at + " › <answer>"
                : field.startsWith("citations") || field.equals("explanation") ? at + " › <generalfeedback>" : at);
  }

  private static void answers(QuestionType kind, List<MoodleAnswer> answers, Draft d) {
    switch (kind) {
      case TRUE_FALSE -> {
        boolean right = answers.stream().filter(a -> a.fraction() > 0)
            .anyMatch(a -> Boolean.TRUE.equals(Labels.truth(a.text())));
        d.choices = List.of(new Choice(Labels.TRUE, right), new Choice(Labels.FALSE, !right));
      }
      case TYPE_ANSWER -> answers.stream().filter(a -> a.fraction() >= 100).forEach(a -> d.accepted.add(a.text()));
      case ORDERING -> {
        List<MoodleAnswer> sorted = new ArrayList<>(answers);
        if (answers.stream().map(MoodleAnswer::fraction).distinct().count() == answers.size()) {
          sorted.sort(Comparator.comparingDouble(MoodleAnswer::fraction));
        }
        d.choices = sorted.stream().map(a -> new Choice(a.text(), true)).toList();
      }
      default -> {
        d.choices = answers.stream().map(a -> new Choice(a.text(), a.fraction() > 0)).toList();
        if (kind == QuestionType.MULTIPLE_SELECT) {
          long right = answers.stream().filter(a -> a.fraction() > 0).count();
          boolean harsh = answers.stream().filter(a -> a.fraction() <= 0).allMatch(a -> a.fraction() <= -100);
          d.scoring = harsh || right == answers.size() ? MultiSelectScoring.ALL_OR_NOTHING : MultiSelectScoring.PER_OPTION;
        }
      }
    }
  }

  /**
   * The plain text of a {@code <questiontext>}; an image whose address the bank can keep (https or
   * on this server) becomes the question's image, an embedded one is a warning.
   */
  private static String text(XmlNode node, Draft d, int row, String column, Collector out) {
    if (node == null) {
      out.error(row, column, "Thiếu phần tử <questiontext>.");
      return null;
    }
    HtmlText.Converted c = convert(node);
    List<String> embedded = new ArrayList<>();
    ImageFiles files = out.options().images();
    for (int i = 0; i < c.images().size(); i++) {
      String src = c.images().get(i);
      XmlNode file = src.startsWith(MoodleXmlWriter.PLUGINFILE) ? embeddedFile(node, src) : null;
      if (d.imageUrl == null && (src.startsWith("https://") || (src.startsWith("/") && !src.startsWith("//")))) {
        d.imageUrl = src;
        d.imageAlt = c.alts().get(i);
      } else if (d.imageUrl == null && files != null && file != null && file.skipped == 0) {
        // Moodle's embedded image: taken like a file of a ZIP (checked and re-encoded by the collector).
        byte[] bytes = decode(file.text);
        String name = "moodle-" + row + "/" + file.attribute("name");
        files.add(name, () -> bytes == null ? new byte[0] : bytes);
        d.imageUrl = name;
        d.imageAlt = c.alts().get(i);
      } else {
        embedded.add(src.isEmpty() ? "ảnh" : src.substring(src.lastIndexOf('/') + 1));
      }
    }
    node.all("file").forEach(f -> {
      String name = f.attribute("name") == null ? "tệp" : f.attribute("name");
      if (d.imageUrl != null && d.imageUrl.endsWith("/" + name)) {
        return;
      }
      if (!embedded.contains(name)) {
        embedded.add(name);
      }
    });
    if (!embedded.isEmpty()) {
      out.warning(row, column, "Câu hỏi có ảnh nhúng (" + cut(String.join(", ", embedded)) + ") nhưng ngân hàng chỉ lưu "
          + "địa chỉ ảnh, không lưu tệp ảnh: câu hỏi được nhập không kèm ảnh. Hãy đưa ảnh lên và ghi địa chỉ https:// "
          + "trong trình soạn câu hỏi.");
    }
    return c.text();
  }

  /** The {@code <file>} an {@code @@PLUGINFILE@@/name} address names, or null. */
  private static XmlNode embeddedFile(XmlNode questionText, String src) {
    String name = java.net.URLDecoder.decode(src.substring(MoodleXmlWriter.PLUGINFILE.length()),
        java.nio.charset.StandardCharsets.UTF_8);
    return questionText.all("file").stream().filter(f -> name.equals(f.attribute("name"))).findFirst().orElse(null);
  }

  private static byte[] decode(CharSequence base64) {
    try {
      return java.util.Base64.getMimeDecoder().decode(base64.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String plain(XmlNode node) {
    return node == null ? "" : convert(node).text();
  }

  private static HtmlText.Converted convert(XmlNode node) {
    String raw = node.textValue();
    String format = node.attribute("format");
    if (format != null && (format.equals("plain_text") || format.equals("markdown")
        || format.equals("moodle_auto_format"))) {
      return new HtmlText.Converted(raw.strip(), List.of(), List.of());
    }
    return HtmlText.convert(raw);
  }

  /** General feedback: the explanation, then "Căn cứ: …" citations (as GIFT's). */
  private static void feedback(String text, Draft d, int row, String column, Collector out) {
    String nfc = VietnameseText.nfc(text);
    Matcher m = CITED.matcher(nfc);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0) {
      d.explanation = nfc.isEmpty() ? null : nfc;
      return;
    }
    d.explanation = nfc.substring(0, start).strip();
    Citations.Parsed parsed = Citations.parse(nfc.substring(end));
    parsed.problems().forEach(p -> out.error(row, column, p));
    d.citations = new ArrayList<>(parsed.citations());
  }

  /** "$course$/top/Default for Lớp 9/Giao thông" → "Giao thông": the last part Moodle did not make up. */
  private static String category(String path) {
    String tag = null;
    for (String part : path.split("/")) {
      String p = part.strip();
      if (!p.isEmpty() && !p.matches("\\$\\w+\\$") && !p.equalsIgnoreCase("top")
          && !VietnameseText.fold(p).startsWith("default for") && !VietnameseText.fold(p).startsWith("mac dinh cho")) {
        tag = p;
      }
    }
    return tag;
  }

  static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
