package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.MultiSelectScoring;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionRules;
import vn.luatvui.bank.question.QuestionType;

/**
 * LuậtVui's own spreadsheet: one question per row, every field of a question in its own column
 * (see the package documentation for the columns and what each accepts).
 */
final class LuatVuiLayout extends SpreadsheetLayout {
  static final LuatVuiLayout INSTANCE = new LuatVuiLayout();
  private static final int MAX_OPTIONS = QuestionRules.MAX_CHOICES;
  private static final String TYPE = "type";
  private static final String TEXT = "text";
  private static final String CORRECT = "correct";
  private static final String EXPLANATION = "explanation";
  private static final String CITATIONS = "citations";
  private static final String TAGS = "tags";
  private static final String DIFFICULTY = "difficulty";
  private static final String AUDIENCE = "audience";
  private static final String TIME = "time";
  private static final String POINTS = "points";
  private static final String SCORING = "scoring";
  private static final String IMAGE = "image";
  private static final String IMAGE_ALT = "imageAlt";
  private static final String VISIBILITY = "visibility";
  private static final String KEY = "key";
  private static final List<String> OPTIONS = IntStream.rangeClosed(1, MAX_OPTIONS).mapToObj(n -> "option" + n).toList();

  private LuatVuiLayout() {
  }

  @Override
  String name() {
    return "LuậtVui";
  }

  @Override
  boolean holdsCitations() {
    return true;
  }

  @Override
  List<Header.Column> columns(ImportOptions options) {
    List<Header.Column> c = new ArrayList<>();
    c.add(new Header.Column(TYPE, "Loại", false, "loại câu hỏi", "type", "question type"));
    c.add(new Header.Column(TEXT, "Câu hỏi", true, "nội dung", "nội dung câu hỏi", "question", "text"));
    for (int n = 1; n <= MAX_OPTIONS; n++) {
      c.add(new Header.Column("option" + n, "Phương án " + n, false, "option " + n, "lựa chọn " + n, "đáp án " + n,
          "answer " + n, "choice " + n));
    }
    c.add(new Header.Column(Header.EXTRA, "Phương án 7", false, "phương án 8", "phương án 9", "phương án 10",
        "option 7", "option 8", "đáp án 7", "answer 7"));
    c.add(new Header.Column(CORRECT, "Đáp án đúng", true, "đáp án", "correct", "correct answer", "correct answers",
        "correct answer(s)", "answer"));
    c.add(new Header.Column(EXPLANATION, "Giải thích", true, "explanation"));
    c.add(new Header.Column(CITATIONS, "Trích dẫn", options.defaultCitation() == null, "căn cứ", "căn cứ pháp lý",
        "điều luật", "citation", "citations"));
    c.add(new Header.Column(TAGS, "Chủ đề", false, "thẻ", "tags", "tag", "topic", "topics"));
    c.add(new Header.Column(DIFFICULTY, "Độ khó", false, "mức độ", "difficulty"));
    c.add(new Header.Column(AUDIENCE, "Đối tượng", false, "audience"));
    c.add(new Header.Column(TIME, "Thời gian (giây)", false, "thời gian", "time limit", "time limit (sec)", "time"));
    c.add(new Header.Column(POINTS, "Điểm", false, "điểm số", "points"));
    c.add(new Header.Column(SCORING, "Cách chấm", false, "cách tính điểm", "scoring"));
    c.add(new Header.Column(IMAGE, "Ảnh", false, "hình ảnh", "image", "image url"));
    c.add(new Header.Column(VISIBILITY, "Hiển thị", false, "phạm vi", "visibility"));
    c.add(new Header.Column(KEY, "Mã", false, "mã câu hỏi", "key", "id"));
    c.add(new Header.Column(IMAGE_ALT, "Mô tả ảnh", false, "mô tả hình ảnh", "alt", "image alt", "image description"));
    return c;
  }

  @Override
  boolean strict() {
    return false;
  }

  @Override
  void read(RowReader r, Collector out) {
    Draft d = new Draft();
    String typeCell = r.get(TYPE);
    QuestionType type = typeCell == null ? null : Labels.read(Labels.TYPES, typeCell);
    if (typeCell != null && type == null) {
      r.error(TYPE, "Loại " + Values.quote(typeCell) + " không rõ; ghi một trong: " + Labels.choices(Labels.TYPES) + ".");
    }
    d.text = r.get(TEXT);
    List<String> texts = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (String key : OPTIONS) {
      String o = r.get(key);
      if (o != null) {
        texts.add(o);
        keys.add(key);
      }
    }
    for (int c : r.header.extraColumns()) {
      if (r.at(c) != null) {
        r.errorAt(c, "Tối đa " + MAX_OPTIONS + " phương án (Phương án 1–" + MAX_OPTIONS + ").");
      }
    }
    String correct = r.get(CORRECT);
    d.type = type != null ? type : infer(correct, texts);
    List<String> choiceKeys = answers(r, d, correct, texts, keys);
    d.explanation = r.get(EXPLANATION);
    Citations.Parsed citations = Citations.parse(r.get(CITATIONS));
    citations.problems().forEach(p -> r.error(CITATIONS, p));
    d.citations = new ArrayList<>(citations.citations());
    String tags = r.get(TAGS);
    d.tags = tags == null ? new ArrayList<>() : Arrays.stream(tags.split("[,;]")).map(String::strip)
        .filter(t -> !t.isEmpty()).collect(Collectors.toList());
    d.difficulty = label(r, DIFFICULTY, Labels.DIFFICULTIES, "Độ khó");
    d.audience = label(r, AUDIENCE, Labels.AUDIENCES, "Đối tượng");
    d.visibility = label(r, VISIBILITY, Labels.VISIBILITIES, "Hiển thị");
    MultiSelectScoring scoring = label(r, SCORING, Labels.SCORINGS, "Cách chấm");
    d.scoring = d.type == QuestionType.MULTIPLE_SELECT ? scoring : null;
    d.imageUrl = r.get(IMAGE);
    d.imageAlt = r.get(IMAGE_ALT);
    d.key = r.get(KEY);
    d.timeLimitSeconds = checked(r, TIME, r.integer(TIME, "Thời gian"), Values::timeLimitProblem);
    d.points = checked(r, POINTS, r.integer(POINTS, "Điểm"), Values::pointsProblem);
    out.accept(r.row, d, columns(r, d.type, d.choices.size(), choiceKeys));
  }

  /** Fills choices or accepted answers from the options and the Đáp án đúng cell; the option key of each choice. */
  private static List<String> answers(RowReader r, Draft d, String correct, List<String> texts, List<String> keys) {
    switch (d.type) {
      case TYPE_ANSWER -> {
        d.accepted = correct == null ? new ArrayList<>() : Arrays.stream(correct.split("\\|")).map(String::strip)
            .filter(a -> !a.isEmpty()).collect(Collectors.toList());
        d.choices = texts.stream().map(t -> new Choice(t, false)).collect(Collectors.toList());
        return keys;
      }
      case TRUE_FALSE -> {
        if (texts.isEmpty()) {
          List<String> both = List.of(Labels.TRUE, Labels.FALSE);
          d.choices = choices(both, trueFalse(r, correct, both));
          return Arrays.asList(null, null);
        }
        d.choices = choices(texts, trueFalse(r, correct, texts));
        return keys;
      }
      case ORDERING -> {
        List<Integer> order = ordering(r, correct, keys);
        d.choices = order.stream().map(i -> new Choice(texts.get(i), true)).collect(Collectors.toList());
        return order.stream().map(keys::get).toList();
      }
      case POLL -> {
        if (correct != null) {
          r.error(CORRECT, "Câu hỏi thăm dò không có đáp án đúng: hãy để trống ô này.");
        }
        d.choices = choices(texts, Set.of());
        return keys;
      }
      default -> {
        d.choices = choices(texts, numbered(r, correct, keys));
        return keys;
      }
    }
  }

  private static QuestionType infer(String correct, List<String> texts) {
    boolean truthOptions = texts.isEmpty()
        || (texts.size() == 2 && Labels.truth(texts.get(0)) != null && Labels.truth(texts.get(1)) != null);
    if (correct != null && Labels.truth(correct) != null && truthOptions) {
      return QuestionType.TRUE_FALSE;
    }
    if (texts.isEmpty() && correct != null) {
      return QuestionType.TYPE_ANSWER;
    }
    List<Integer> numbers = correct == null ? null : Values.numbers(correct);
    return numbers != null && numbers.size() > 1 ? QuestionType.MULTIPLE_SELECT : QuestionType.SINGLE_CHOICE;
  }

  /** Indexes of the options named by number in the cell ("1,3"). */
  private static Set<Integer> numbered(RowReader r, String correct, List<String> keys) {
    Set<Integer> right = new HashSet<>();
    if (correct == null) {
      return right;
    }
    List<Integer> numbers = Values.numbers(correct);
    if (numbers == null) {
      r.error(CORRECT, "Đáp án đúng ghi bằng số thứ tự phương án, ví dụ 2 hoặc 1,3 (đang là " + Values.quote(correct) + ").");
      return right;
    }
    for (int n : numbers) {
      int i = n >= 1 && n <= MAX_OPTIONS ? keys.indexOf(OPTIONS.get(n - 1)) : -1;
      if (i < 0) {
        r.error(CORRECT, "Đáp án đúng là phương án " + n + " nhưng phương án " + n + " không có nội dung.");
      } else {
        right.add(i);
      }
    }
    return right;
  }

  private static Set<Integer> trueFalse(RowReader r, String correct, List<String> texts) {
    if (correct == null) {
      return Set.of();
    }
    Boolean truth = Labels.truth(correct);
    if (truth != null) {
      for (int i = 0; i < texts.size(); i++) {
        if (truth.equals(Labels.truth(texts.get(i)))) {
          return Set.of(i);
        }
      }
    }
    List<Integer> numbers = Values.numbers(correct);
    if (numbers != null && numbers.size() == 1 && numbers.get(0) >= 1 && numbers.get(0) <= texts.size()) {
      return Set.of(numbers.get(0) - 1);
    }
    r.error(CORRECT, "Câu Đúng/Sai: ghi “Đúng” hoặc “Sai” (hoặc số thứ tự phương án) (đang là " + Values.quote(correct) + ").");
    return Set.of();
  }

  /** The option indexes in their correct order: as listed when the cell is empty, else as numbered ("3,1,2,4"). */
  private static List<Integer> ordering(RowReader r, String correct, List<String> keys) {
    List<Integer> listed = IntStream.range(0, keys.size()).boxed().toList();
    if (correct == null) {
      return listed;
    }
    List<Integer> numbers = Values.numbers(correct);
    List<Integer> order = new ArrayList<>();
    if (numbers != null) {
      for (int n : numbers) {
        int i = n >= 1 && n <= MAX_OPTIONS ? keys.indexOf(OPTIONS.get(n - 1)) : -1;
        if (i >= 0 && !order.contains(i)) {
          order.add(i);
        }
      }
    }
    if (numbers == null || order.size() != keys.size() || numbers.size() != keys.size()) {
      String all = keys.stream().map(k -> k.substring("option".length())).collect(Collectors.joining(","));
      r.error(CORRECT, "Thứ tự đúng phải liệt kê mỗi phương án có nội dung đúng một lần, ví dụ “" + all + "” (đang là "
          + Values.quote(correct) + ").");
      return listed;
    }
    return order;
  }

  private static List<Choice> choices(List<String> texts, Set<Integer> right) {
    return IntStream.range(0, texts.size()).mapToObj(i -> new Choice(texts.get(i), right.contains(i)))
        .collect(Collectors.toList());
  }

  private static <K> K label(RowReader r, String column, Map<K, List<String>> labels, String what) {
    String cell = r.get(column);
    if (cell == null) {
      return null;
    }
    K value = Labels.read(labels, cell);
    if (value == null) {
      r.error(column, what + " " + Values.quote(cell) + " không rõ; ghi một trong: " + Labels.choices(labels) + ".");
    }
    return value;
  }

  private static Integer checked(RowReader r, String column, Integer value, Function<Integer, String> problem) {
    if (value != null && problem.apply(value) != null) {
      r.error(column, problem.apply(value));
    }
    return value;
  }

  /** Where each field of {@code QuestionRules} is in the sheet. */
  private static Function<String, String> columns(RowReader r, QuestionType type, int choiceCount,
                                                  List<String> choiceKeys) {
    int min = type == QuestionType.ORDERING ? 3 : QuestionRules.MIN_CHOICES;
    int max = type == QuestionType.TRUE_FALSE ? 2 : MAX_OPTIONS;
    boolean countRight = type != QuestionType.TYPE_ANSWER && choiceCount >= min && choiceCount <= max;
    return field -> {
      String base = field.replaceAll("[\\[.].*", "");
      switch (base) {
        case "type":
          return r.header.name(TYPE);
        case "text":
          return r.header.name(TEXT);
        case "choices":
          if (field.startsWith("choices[")) {
            int i = Integer.parseInt(field.substring(8, field.indexOf(']')));
            String key = i < choiceKeys.size() ? choiceKeys.get(i) : null;
            return key == null ? r.header.name(CORRECT) : r.header.name(key);
          }
          return countRight ? r.header.name(CORRECT) : r.header.range(OPTIONS);
        case "accepted":
          return r.header.name(CORRECT);
        case "explanation":
          return r.header.name(EXPLANATION);
        case "citations":
          return r.header.name(CITATIONS);
        case "tags":
          return r.header.name(TAGS);
        case "difficulty":
          return r.header.name(DIFFICULTY);
        case "imageUrl":
          return r.header.name(IMAGE);
        case "imageAlt":
          return r.header.name(IMAGE_ALT) != null ? r.header.name(IMAGE_ALT) : r.header.name(IMAGE);
        default:
          return null;
      }
    };
  }

  @Override
  List<List<Object>> preamble() {
    return List.of();
  }

  @Override
  List<Object> header() {
    return columns(ImportOptions.defaults()).stream().filter(c -> !c.key().equals(Header.EXTRA))
        .map(c -> (Object) c.label()).toList();
  }

  @Override
  List<Object> row(int number, ExportedQuestion q) {
    QuestionContent c = q.content();
    List<Object> row = new ArrayList<>();
    row.add(Labels.label(Labels.TYPES, c.type()));
    row.add(c.text());
    for (int i = 0; i < MAX_OPTIONS; i++) {
      row.add(i < c.choices().size() ? c.choices().get(i).text() : null);
    }
    row.add(correct(c));
    row.add(c.explanation());
    row.add(c.citations().isEmpty() ? null : Citations.format(c.citations()));
    row.add(c.tags().isEmpty() ? null : String.join(", ", c.tags()));
    row.add(Labels.label(Labels.DIFFICULTIES, c.difficulty()));
    row.add(Labels.label(Labels.AUDIENCES, c.audience()));
    row.add(q.timeLimitSeconds());
    row.add(q.points());
    row.add(c.type() == QuestionType.MULTIPLE_SELECT && c.scoring() != null ? Labels.label(Labels.SCORINGS, c.scoring())
        : null);
    row.add(c.imageUrl());
    row.add(Labels.label(Labels.VISIBILITIES, c.visibility()));
    row.add(q.key());
    row.add(c.imageAlt());
    return row;
  }

  private static String correct(QuestionContent c) {
    List<Choice> choices = c.choices();
    switch (c.type()) {
      case TYPE_ANSWER:
        return String.join(" | ", c.accepted());
      case POLL:
        return null;
      case ORDERING:
        return IntStream.rangeClosed(1, choices.size()).mapToObj(String::valueOf).collect(Collectors.joining(","));
      case TRUE_FALSE:
        for (int i = 0; i < choices.size(); i++) {
          if (choices.get(i).correct()) {
            return Labels.truth(choices.get(i).text()) != null ? choices.get(i).text() : String.valueOf(i + 1);
          }
        }
        return null;
      default:
        return IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct())
            .mapToObj(i -> String.valueOf(i + 1)).collect(Collectors.joining(","));
    }
  }

  @Override
  int[] widths() {
    return new int[] {14, 60, 28, 28, 28, 28, 28, 28, 14, 60, 40, 20, 10, 12, 10, 8, 22, 20, 14, 16};
  }
}
