package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

/**
 * Kahoot's spreadsheet template: Question, Answer 1–4, Time limit (sec), Correct answer(s) (numbers
 * like "1,3"). No explanation and no citation: the import wizard supplies a default citation.
 */
final class KahootLayout extends SpreadsheetLayout {
  static final int MAX_ANSWERS = 4;
  static final KahootLayout INSTANCE = new KahootLayout();
  private static final String QUESTION = "question";
  private static final String TIME = "time";
  private static final String CORRECT = "correct";
  private static final List<String> ANSWERS = List.of("answer1", "answer2", "answer3", "answer4");
  private static final List<Header.Column> COLUMNS = List.of(
      new Header.Column(QUESTION, "Question - max 120 characters", true, "question", "câu hỏi", "nội dung câu hỏi"),
      new Header.Column("answer1", "Answer 1 - max 75 characters", true, "answer 1", "đáp án 1", "phương án 1"),
      new Header.Column("answer2", "Answer 2 - max 75 characters", true, "answer 2", "đáp án 2", "phương án 2"),
      new Header.Column("answer3", "Answer 3 - max 75 characters", false, "answer 3", "đáp án 3", "phương án 3"),
      new Header.Column("answer4", "Answer 4 - max 75 characters", false, "answer 4", "đáp án 4", "phương án 4"),
      new Header.Column(Header.EXTRA, "Answer 5", false, "answer 6", "đáp án 5", "đáp án 6", "phương án 5",
          "phương án 6"),
      new Header.Column(TIME, "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", false, "time limit",
          "time limit (sec)", "time", "thời gian", "thời gian (giây)", "giới hạn thời gian"),
      new Header.Column(CORRECT, "Correct answer(s) - choose at least one", true, "correct answer(s)",
          "correct answer", "correct answers", "correct", "đáp án đúng", "câu trả lời đúng"));

  private KahootLayout() {
  }

  @Override
  String name() {
    return "Kahoot";
  }

  @Override
  boolean holdsCitations() {
    return false;
  }

  @Override
  List<Header.Column> columns(ImportOptions options) {
    return COLUMNS;
  }

  @Override
  boolean strict() {
    return true;
  }

  /** Kahoot's importer is only known to read shared strings; a Kahoot quiz holds a few hundred questions at most. */
  @Override
  boolean sharedStrings() {
    return true;
  }

  @Override
  void read(RowReader r, Collector out) {
    Draft d = new Draft();
    d.text = r.get(QUESTION);
    List<String> texts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (String key : ANSWERS) {
      String a = r.get(key);
      if (a != null) {
        texts.add(a);
        keys.add(key);
      }
    }
    for (int c : r.header.extraColumns()) {
      if (r.at(c) != null) {
        r.errorAt(c, "Có phương án thứ năm, trong khi Kahoot chỉ cho phép tối đa bốn phương án (Answer 1–4).");
      }
    }
    for (int c : r.beyondHeader()) {
      if (!r.header.extraColumns().contains(c) && r.at(c) != null) {
        r.errorAt(c, "Ô nằm ngoài các cột của mẫu Kahoot. Nếu đây là phương án thứ năm: Kahoot chỉ cho phép tối đa bốn "
            + "phương án (Answer 1–4).");
      }
    }
    Integer time = r.integer(TIME, "Thời gian");
    if (time != null && Values.timeLimitProblem(time) != null) {
      r.error(TIME, Values.timeLimitProblem(time));
    }
    d.timeLimitSeconds = time;
    Set<Integer> correct = correct(r, keys);
    d.choices = IntStream.range(0, texts.size()).mapToObj(i -> new Choice(texts.get(i), correct.contains(i))).toList();
    d.type = correct.size() > 1 ? QuestionType.MULTIPLE_SELECT
        : trueFalse(texts) ? QuestionType.TRUE_FALSE : QuestionType.SINGLE_CHOICE;
    int count = texts.size();
    out.accept(r.row, d, field -> {
      if (field.equals("text")) {
        return r.header.name(QUESTION);
      }
      if (field.equals("choices")) {
        return count >= 2 ? r.header.name(CORRECT) : r.header.range(ANSWERS);
      }
      if (field.startsWith("choices[")) {
        int i = Integer.parseInt(field.substring(8, field.indexOf(']')));
        return i < keys.size() ? r.header.name(keys.get(i)) : null;
      }
      return null;
    });
  }

  /** Indexes (into the non-empty answers) of the numbers in the Correct column; errors reported there. */
  private static Set<Integer> correct(RowReader r, List<String> keys) {
    Set<Integer> correct = new HashSet<>();
    String cell = r.get(CORRECT);
    if (cell == null) {
      return correct;
    }
    List<Integer> numbers = Values.numbers(cell);
    if (numbers == null) {
      r.error(CORRECT, "Đáp án đúng ghi bằng số thứ tự phương án, ví dụ 2 hoặc 1,3 (đang là " + Values.quote(cell) + ").");
      return correct;
    }
    for (int n : numbers) {
      if (n < 1 || n > MAX_ANSWERS) {
        r.error(CORRECT, "Đáp án đúng " + n + " không có: chỉ có phương án 1 đến 4.");
      } else if (!keys.contains(ANSWERS.get(n - 1))) {
        r.error(CORRECT, "Đáp án đúng là phương án " + n + " nhưng phương án " + n + " đang trống.");
      } else {
        correct.add(keys.indexOf(ANSWERS.get(n - 1)));
      }
    }
    return correct;
  }

  /** Exactly two answers, "Đúng" and "Sai" or "True" and "False". */
  private static boolean trueFalse(List<String> texts) {
    if (texts.size() != 2) {
      return false;
    }
    Boolean a = Labels.truth(texts.get(0));
    Boolean b = Labels.truth(texts.get(1));
    return a != null && b != null && !a.equals(b);
  }

  @Override
  List<List<Object>> preamble() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList(null, "Quiz template"));
    rows.add(Arrays.asList(null, "Add questions, at least two answer alternatives, time limit and choose correct "
        + "answers (at least one). Exported from LuậtVui."));
    rows.add(Arrays.asList(null, "Remember: questions have a limit of 120 characters and answers can have 75 "
        + "characters max. If several answers are correct, separate them with a comma."));
    rows.add(List.of());
    rows.add(List.of());
    rows.add(List.of());
    rows.add(List.of());
    return rows;
  }

  @Override
  List<Object> header() {
    List<Object> h = new ArrayList<>();
    h.add(null);
    COLUMNS.stream().filter(c -> !c.key().equals(Header.EXTRA)).forEach(c -> h.add(c.label()));
    return h;
  }

  @Override
  List<Object> row(int number, ExportedQuestion q) {
    QuestionContent c = q.content();
    List<Object> row = new ArrayList<>();
    row.add(number);
    row.add(c.text());
    for (int i = 0; i < MAX_ANSWERS; i++) {
      row.add(i < c.choices().size() ? c.choices().get(i).text() : null);
    }
    row.add(q.timeLimitSeconds() == null ? 20 : q.timeLimitSeconds());
    row.add(IntStream.range(0, c.choices().size()).filter(i -> c.choices().get(i).correct())
        .mapToObj(i -> String.valueOf(i + 1)).collect(Collectors.joining(",")));
    return row;
  }

  @Override
  int[] widths() {
    return new int[] {5, 60, 30, 30, 30, 30, 18, 18};
  }
}
