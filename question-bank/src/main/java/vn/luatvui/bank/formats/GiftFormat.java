package vn.luatvui.bank.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Moodle's GIFT format, the parts a quiz needs: single choice {@code {=right ~wrong}}, multiple
 * select with weights {@code {~%50%a ~%50%b ~%-100%c}}, true/false {@code {T}} {@code {FALSE}},
 * short answer {@code {=a =b}} (type-answer), and {@code {~a ~b}} with no right answer (poll);
 * optional {@code ::title::} (the question's key), {@code //} comments, escapes {@code \= \~ \{ \}
 * \# \: \\ \n}, per-answer feedback {@code #…} (ignored) and general feedback {@code ####…} (the
 * explanation, and the citations after "Căn cứ:"). A {@code $CATEGORY:} line tags the questions
 * after it with its last part. Rows are text lines.
 */
final class GiftFormat {
  private static final String SPECIAL = "~=#{}:\\";
  private static final Pattern CATEGORY = Pattern.compile("(?i)\\$CATEGORY:\\s*(.*)");
  private static final Pattern TRUE_FALSE = Pattern.compile("(?i)(TRUE|FALSE|T|F)(?![\\p{L}\\d])(.*)", Pattern.DOTALL);
  private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d+)?)%");
  private static final Pattern FORMAT_MARK = Pattern.compile("(?i)^\\[(html|moodle|plain|markdown)]\\s*");
  private static final Pattern CITED = Pattern.compile("(?iu)(?:căn cứ|can cu|trích dẫn|trich dan)\\s*:");

  private GiftFormat() {
  }

  /** The non-comment lines of one question and the line number of each. */
  private record Block(List<String> lines, List<Integer> numbers, String tag) {
    int lineAt(int offset) {
      int at = 0;
      for (int i = 0; i < lines.size(); i++) {
        at += lines.get(i).length() + 1;
        if (offset < at) {
          return numbers.get(i);
        }
      }
      return numbers.get(numbers.size() - 1);
    }
  }

  /** One answer between the braces: '=' or '~', its weight if any, its text without feedback. */
  private record Answer(boolean equals, Double weight, String text) {
    boolean right() {
      return weight == null ? equals : weight > 0;
    }
  }

  static ImportResult read(InputStream in, ImportOptions options) throws IOException {
    Collector out = new Collector(options, "GIFT", true);
    BufferedReader reader = Inputs.utf8(in);
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    String tag = null;
    int n = 0;
    for (String line = reader.readLine(); ; line = reader.readLine()) {
      n++;
      String t = line == null ? "" : line.strip();
      Matcher category = CATEGORY.matcher(t);
      if (t.startsWith("//")) {
        continue;
      }
      if (t.isEmpty() || category.matches()) {
        if (!lines.isEmpty()) {
          question(new Block(lines, numbers, tag), out);
          lines = new ArrayList<>();
          numbers = new ArrayList<>();
        }
        if (category.matches()) {
          tag = category(category.group(1));
        }
        if (line == null) {
          break;
        }
        continue;
      }
      lines.add(line);
      numbers.add(n);
    }
    return out.result();
  }

  private static void question(Block block, Collector out) throws Inputs.Unreadable {
    if (out.questionCount() + 1 > Inputs.MAX_ROWS) {
      throw new Inputs.Unreadable(Inputs.TOO_MANY_ROWS);
    }
    int row = block.numbers().get(0);
    String all = String.join("\n", block.lines());
    String body = all.strip();
    int base = all.length() - all.stripLeading().length();
    Draft d = new Draft();
    if (body.startsWith("::")) {
      int end = find(body, "::", 2);
      if (end < 0) {
        out.error(row, "tiêu đề", "Tiêu đề mở bằng “::” nhưng không có “::” đóng.");
        return;
      }
      d.key = unescape(body.substring(2, end)).strip();
      body = body.substring(end + 2);
      base += end + 2;
    }
    int open = find(body, "{", 0);
    if (open < 0) {
      out.error(row, "đáp án", "Không có phần đáp án { … }. LuậtVui không nhập đoạn mô tả không có câu hỏi.");
      return;
    }
    int close = find(body, "}", open + 1);
    if (close < 0) {
      int line = block.lineAt(base + open);
      out.error(line, "đáp án", "Dấu { mở phần đáp án ở dòng " + line + " chưa được đóng bằng }.");
      return;
    }
    String after = body.substring(close + 1).strip();
    if (find(after, "{", 0) >= 0 || after.startsWith("::")) {
      int rest = close + 1 + (body.substring(close + 1).length() - body.substring(close + 1).stripLeading().length());
      int next = block.lineAt(base + rest);
      int end = block.lineAt(base + close);
      out.error(next, "dòng trống", next == end
          ? "Câu hỏi thứ hai bắt đầu ngay sau dấu } trên cùng dòng " + next + ". Mỗi câu hỏi GIFT phải cách câu trước "
              + "bằng một dòng trống."
          : "Thiếu dòng trống giữa câu hỏi kết thúc ở dòng " + end + " và câu hỏi bắt đầu ở dòng " + next + ". Hãy "
              + "thêm một dòng trống, nếu không hai câu hỏi bị gộp thành một.");
      return;
    }
    d.text = text(body.substring(0, open).strip()) + (after.isEmpty() ? "" : " _____ " + text(after));
    if (block.tag() != null) {
      d.tags.add(block.tag());
    }
    String answers = body.substring(open + 1, close);
    int general = find(answers, "####", 0);
    if (general >= 0) {
      feedback(unescape(answers.substring(general + 4)).strip(), d, row, out);
      answers = answers.substring(0, general);
    }
    if (!answers(answers, d, row, out)) {
      return;
    }
    out.accept(row, d, field -> field.startsWith("citations") || field.equals("explanation") ? "####"
        : field.startsWith("choices") || field.startsWith("accepted") ? "đáp án" : field.equals("text") ? "câu hỏi" : null);
  }

  /** Fills type and answers; false (with an error) for kinds of question LuậtVui does not have. */
  private static boolean answers(String body, Draft d, int row, Collector out) {
    String t = body.strip();
    Matcher tf = TRUE_FALSE.matcher(t);
    if (t.isEmpty()) {
      out.error(row, "đáp án", "Câu hỏi tự luận {} không được hỗ trợ.");
      return false;
    }
    if (t.startsWith("#")) {
      out.error(row, "đáp án", "Câu hỏi dạng số {#…} không được hỗ trợ.");
      return false;
    }
    if (tf.matches() && (tf.group(2).isBlank() || tf.group(2).strip().startsWith("#"))) {
      boolean right = tf.group(1).toUpperCase(Locale.ROOT).startsWith("T");
      d.type = QuestionType.TRUE_FALSE;
      d.choices = List.of(new Choice(Labels.TRUE, right), new Choice(Labels.FALSE, !right));
      return true;
    }
    List<Answer> list = new ArrayList<>();
    int start = next(t, 0);
    if (start != 0) {
      out.error(row, "đáp án", "Mỗi đáp án phải bắt đầu bằng = (đúng) hoặc ~ (sai).");
      return false;
    }
    while (start >= 0 && start < t.length()) {
      int end = next(t, start + 1);
      String part = t.substring(start + 1, end < 0 ? t.length() : end);
      if (find(part, "->", 0) >= 0) {
        out.error(row, "đáp án", "Câu hỏi ghép cặp (->) không được hỗ trợ.");
        return false;
      }
      Double weight = null;
      Matcher w = WEIGHT.matcher(part);
      if (w.lookingAt()) {
        weight = Double.parseDouble(w.group(1));
        part = part.substring(w.end());
      }
      int feedback = find(part, "#", 0);
      list.add(new Answer(t.charAt(start) == '=', weight, unescape(feedback < 0 ? part : part.substring(0, feedback))
          .strip()));
      start = end;
    }
    boolean wrongs = list.stream().anyMatch(a -> !a.equals());
    boolean weighted = list.stream().anyMatch(a -> a.weight() != null);
    if (!wrongs) {
      d.type = QuestionType.TYPE_ANSWER;
      list.stream().filter(a -> a.weight() == null || a.weight() >= 100).forEach(a -> d.accepted.add(a.text()));
      return true;
    }
    long right = list.stream().filter(Answer::right).count();
    d.choices = list.stream().map(a -> new Choice(a.text(), a.right())).toList();
    if (right == 0) {
      d.type = QuestionType.POLL;
    } else if (right > 1 || weighted) {
      d.type = QuestionType.MULTIPLE_SELECT;
      boolean harsh = list.stream().filter(a -> !a.right()).allMatch(a -> a.weight() != null && a.weight() <= -100);
      d.scoring = harsh || right == list.size() ? MultiSelectScoring.ALL_OR_NOTHING : MultiSelectScoring.PER_OPTION;
    } else {
      d.type = QuestionType.SINGLE_CHOICE;
    }
    return true;
  }

  /** General feedback: the explanation, then "Căn cứ: …" citations. */
  private static void feedback(String text, Draft d, int row, Collector out) {
    String nfc = VietnameseText.nfc(text);
    Matcher m = CITED.matcher(nfc);
    int at = -1;
    int end = -1;
    while (m.find()) {
      at = m.start();
      end = m.end();
    }
    if (at < 0) {
      d.explanation = nfc;
      return;
    }
    d.explanation = nfc.substring(0, at).strip();
    Citations.Parsed parsed = Citations.parse(nfc.substring(end));
    parsed.problems().forEach(p -> out.error(row, "####", p));
    d.citations = new ArrayList<>(parsed.citations());
  }

  static int write(Iterable<ExportedQuestion> questions, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("// Câu hỏi xuất từ LuậtVui (định dạng GIFT của Moodle)\n\n");
    String category = null;
    int written = 0;
    for (ExportedQuestion q : questions) {
      QuestionContent c = q.content();
      if (!QuestionFormat.GIFT.canHold(c)) {
        continue;
      }
      String tag = c.tags().isEmpty() ? null : c.tags().get(0);
      if (!Objects.equals(tag, category) && (tag != null || category != null)) {
        w.write("$CATEGORY: " + (tag == null ? "$course$/top" : "$course$/" + tag.replace("/", "-")) + "\n\n");
        category = tag;
      }
      w.write(question(q));
      written++;
    }
    w.flush();
    return written;
  }

  private static String question(ExportedQuestion q) {
    QuestionContent c = q.content();
    StringBuilder sb = new StringBuilder();
    if (q.key() != null) {
      sb.append("::").append(escape(q.key())).append("::");
    }
    sb.append(escape(c.text())).append(" {");
    switch (c.type()) {
      case TRUE_FALSE -> sb.append(!c.choices().isEmpty() && c.choices().get(0).correct() ? "TRUE" : "FALSE");
      case TYPE_ANSWER -> c.accepted().forEach(a -> sb.append("\n=").append(escape(a)));
      case MULTIPLE_SELECT -> {
        long right = Math.max(1, c.correctChoices().size());
        String share = percent(100.0 / right);
        String wrong = c.scoring() == MultiSelectScoring.PER_OPTION ? "-" + share : "-100";
        c.choices().forEach(ch -> sb.append("\n~%").append(ch.correct() ? share : wrong).append('%')
            .append(escape(ch.text())));
      }
      default -> c.choices().forEach(ch -> sb.append('\n').append(ch.correct() ? '=' : '~').append(escape(ch.text())));
    }
    String feedback = feedback(c);
    if (feedback != null) {
      sb.append("\n####").append(escape(feedback));
    }
    return sb.append("\n}\n\n").toString();
  }

  private static String feedback(QuestionContent c) {
    String cited = c.citations().isEmpty() ? null : "Căn cứ: " + Citations.format(c.citations());
    if (c.explanation() == null) {
      return cited;
    }
    return cited == null ? c.explanation() : c.explanation() + "\n\n" + cited;
  }

  private static String percent(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
  }

  /** The tag of "$CATEGORY: $course$/top/Giao thông": its last real part. */
  private static String category(String path) {
    String tag = null;
    for (String part : path.split("/")) {
      String p = part.strip();
      if (!p.isEmpty() && !p.matches("\\$\\w+\\$") && !p.equalsIgnoreCase("top")) {
        tag = p;
      }
    }
    return tag;
  }

  /** Question text: format mark dropped, [html] reduced to text, escapes resolved. */
  private static String text(String raw) {
    Matcher mark = FORMAT_MARK.matcher(raw);
    String s = raw;
    if (mark.find()) {
      s = raw.substring(mark.end());
      if (mark.group(1).equalsIgnoreCase("html")) {
        s = s.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
      }
    }
    return unescape(s).strip();
  }

  /** Index of the first unescaped occurrence of {@code what} from {@code from}, or -1. */
  private static int find(String s, String what, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.startsWith(what, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the next unescaped '=' or '~' from {@code from} (a '=' of "->" not counting), or -1. */
  private static int next(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == '~' || ch == '=') {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        char nx = s.charAt(++i);
        if (nx == 'n') {
          sb.append('\n');
        } else if (SPECIAL.indexOf(nx) >= 0) {
          sb.append(nx);
        } else {
          sb.append(ch).append(nx);
        }
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\n') {
        sb.append("\\n");
      } else if (ch == '\r') {
        continue;
      } else {
        if (SPECIAL.indexOf(ch) >= 0) {
          sb.append('\\');
        }
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
