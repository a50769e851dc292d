package vn.luatvui.bank.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

/**
 * Moodle's Aiken format: the question, then options "A. …" or "A) …", then "ANSWER: B"; a blank
 * line between questions. Single choice only; no explanation, no citation (the wizard's default
 * citation is used). Rows are text lines.
 */
final class AikenFormat {
  private static final Pattern OPTION = Pattern.compile("([A-Z])[.)]\\s+(.*)");
  private static final Pattern ANSWER = Pattern.compile("(?i)ANSWER\\s*:\\s*(.*)");

  private AikenFormat() {
  }

  /** A question being read: where it starts, its text lines, its options. */
  private static final class Block {
    final int line;
    final List<String> text = new ArrayList<>();
    final List<String> options = new ArrayList<>();
    final List<Integer> optionLines = new ArrayList<>();

    Block(int line) {
      this.line = line;
    }
  }

  static ImportResult read(InputStream in, ImportOptions options) throws IOException {
    Collector out = new Collector(options, "Aiken", false);
    BufferedReader reader = Inputs.utf8(in);
    Block block = null;
    int n = 0;
    for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
      n++;
      String line = raw.strip();
      Matcher option = OPTION.matcher(line);
      Matcher answer = ANSWER.matcher(line);
      if (line.isEmpty()) {
        block = unfinished(block, out);
      } else if (block != null && answer.matches()) {
        finish(block, answer.group(1).strip(), n, out);
        block = null;
      } else if (answer.matches()) {
        out.error(n, "ANSWER", "Dòng ANSWER không đi sau câu hỏi nào.");
      } else if (block != null && option.matches()) {
        char expected = (char) ('A' + block.options.size());
        if (option.group(1).charAt(0) != expected) {
          out.error(n, "phương án " + option.group(1), "Phương án phải theo thứ tự A, B, C…: ở đây cần "
              + expected + ".");
        }
        block.options.add(option.group(2));
        block.optionLines.add(n);
      } else {
        if (block != null && !block.options.isEmpty()) {
          block = unfinished(block, out);
        }
        if (block == null) {
          block = new Block(n);
          if (out.questionCount() + 1 > Inputs.MAX_ROWS) {
            throw new Inputs.Unreadable(Inputs.TOO_MANY_ROWS);
          }
        }
        block.text.add(line);
      }
    }
    unfinished(block, out);
    return out.result();
  }

  private static Block unfinished(Block block, Collector out) {
    if (block != null) {
      out.error(block.line, "ANSWER", "Câu hỏi bắt đầu ở dòng " + block.line + " thiếu dòng “ANSWER: …” sau các "
          + "phương án.");
    }
    return null;
  }

  private static void finish(Block block, String letter, int answerLine, Collector out) {
    int index = letter.length() == 1 ? Character.toUpperCase(letter.charAt(0)) - 'A' : -1;
    if (index < 0 || index >= block.options.size()) {
      out.error(block.line, "ANSWER", "Dòng ANSWER (dòng " + answerLine + ") ghi " + Values.quote(letter) + ", không phải chữ cái "
          + "của một phương án (A–" + (char) ('A' + Math.max(0, block.options.size() - 1)) + ").");
    }
    Draft d = new Draft();
    d.type = QuestionType.SINGLE_CHOICE;
    d.text = String.join("\n", block.text);
    for (int i = 0; i < block.options.size(); i++) {
      d.choices.add(new Choice(block.options.get(i), i == index));
    }
    out.accept(block.line, d, field -> {
      if (field.startsWith("choices[")) {
        return "phương án " + (char) ('A' + Integer.parseInt(field.substring(8, field.indexOf(']'))));
      }
      return field.equals("choices") ? "ANSWER" : field.equals("text") ? "câu hỏi" : null;
    });
  }

  static int write(Iterable<ExportedQuestion> questions, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    int written = 0;
    for (ExportedQuestion q : questions) {
      QuestionContent c = q.content();
      if (!QuestionFormat.AIKEN.canHold(c)) {
        continue;
      }
      w.write(oneLine(c.text()) + "\n");
      char correct = '?';
      for (int i = 0; i < c.choices().size(); i++) {
        Choice ch = c.choices().get(i);
        w.write((char) ('A' + i) + ". " + oneLine(ch.text()) + "\n");
        if (ch.correct()) {
          correct = (char) ('A' + i);
        }
      }
      w.write("ANSWER: " + correct + "\n\n");
      written++;
    }
    w.flush();
    return written;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ");
  }
}
