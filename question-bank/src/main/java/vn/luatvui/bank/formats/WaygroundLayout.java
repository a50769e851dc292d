package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;

/**
 * Wayground's (formerly Quizizz) spreadsheet template: Question Text, Question Type (Multiple
 * Choice, Checkbox, Fill-in-the-Blank, Open-Ended, Poll), Option 1–5, Correct Answer (option
 * numbers, several for Checkbox), Time in seconds, Image Link, Answer explanation. The explanation
 * carries the citations after "Căn cứ:", as GIFT's general feedback does.
 */
final class WaygroundLayout extends SpreadsheetLayout {
  static final WaygroundLayout INSTANCE = new WaygroundLayout();
  static final int MAX_OPTIONS = 5;
  private static final Map<String, QuestionType> TYPES = Map.of("multiple choice", QuestionType.SINGLE_CHOICE,
      "checkbox", QuestionType.MULTIPLE_SELECT, "fill-in-the-blank", QuestionType.TYPE_ANSWER,
      "fill in the blank", QuestionType.TYPE_ANSWER, "poll", QuestionType.POLL);
  private static final List<String> OPTIONS = IntStream.rangeClosed(1, MAX_OPTIONS).mapToObj(n -> "option" + n).toList();
  private static final List<Header.Column> COLUMNS = columns();

  private WaygroundLayout() {
  }

  private static List<Header.Column> columns() {
    List<Header.Column> c = new ArrayList<>();
    c.add(new Header.Column(Mapping.QUESTION, "Question Text", true));
    c.add(new Header.Column(Mapping.TYPE, "Question Type", false));
    for (int n = 1; n <= MAX_OPTIONS; n++) {
      c.add(new Header.Column("option" + n, "Option " + n, false, "answer " + n));
    }
    c.add(new Header.Column(Header.EXTRA, "Option 6", false, "option 7", "option 8"));
    c.add(new Header.Column(Mapping.CORRECT, "Correct Answer", false, "correct answers", "correct answer(s)"));
    c.add(new Header.Column(Mapping.TIME, "Time in seconds", false, "time", "time limit"));
    c.add(new Header.Column(Mapping.IMAGE, "Image Link", false, "image", "image url"));
    c.add(new Header.Column(Mapping.EXPLANATION, "Answer explanation", false, "explanation"));
    return List.copyOf(c);
  }

  @Override
  String name() {
    return "Wayground";
  }

  @Override
  boolean holdsCitations() {
    return true;
  }

  @Override
  List<Header.Column> columns(ImportOptions options) {
    return COLUMNS;
  }

  @Override
  boolean strict() {
    return false;
  }

  @Override
  void read(RowReader r, Collector out) {
    for (int c : r.header.extraColumns()) {
      if (r.at(c) != null) {
        r.errorAt(c, "Wayground cho tối đa năm phương án (Option 1–5).");
      }
    }
    Mapping.readRow(r, out, OPTIONS, this::type);
  }

  /** The type named in the Question Type cell; null with an error when unknown or not supported. */
  private QuestionType type(RowReader r, String cell) {
    String folded = vn.luatvui.bank.text.VietnameseText.fold(cell).strip();
    if (folded.equals("open-ended") || folded.equals("open ended")) {
      r.error(Mapping.TYPE, "Câu hỏi mở (Open-Ended) không có đáp án để chấm; LuậtVui không nhận loại này.");
      return null;
    }
    QuestionType t = TYPES.get(folded);
    if (t == null) {
      t = Labels.read(Labels.TYPES, cell);
    }
    if (t == null) {
      r.error(Mapping.TYPE, "Loại câu hỏi " + Values.quote(cell) + " không có; dùng Multiple Choice, Checkbox, "
          + "Fill-in-the-Blank hoặc Poll.");
    }
    return t;
  }

  @Override
  List<List<Object>> preamble() {
    return List.of();
  }

  @Override
  List<Object> header() {
    return COLUMNS.stream().filter(c -> !c.key().equals(Header.EXTRA)).map(c -> (Object) c.label()).toList();
  }

  @Override
  List<Object> row(int number, ExportedQuestion q) {
    QuestionContent c = q.content();
    List<Object> row = new ArrayList<>();
    row.add(c.text());
    row.add(switch (c.type()) {
      case MULTIPLE_SELECT -> "Checkbox";
      case TYPE_ANSWER -> "Fill-in-the-Blank";
      case POLL -> "Poll";
      default -> "Multiple Choice";
    });
    List<String> options = c.type() == QuestionType.TYPE_ANSWER ? c.accepted()
        : c.choices().stream().map(ch -> ch.text()).toList();
    for (int i = 0; i < MAX_OPTIONS; i++) {
      row.add(i < options.size() ? options.get(i) : null);
    }
    row.add(c.type() == QuestionType.TYPE_ANSWER || c.type() == QuestionType.POLL ? null
        : IntStream.range(0, c.choices().size()).filter(i -> c.choices().get(i).correct())
            .mapToObj(i -> String.valueOf(i + 1)).collect(Collectors.joining(",")));
    row.add(q.timeLimitSeconds());
    row.add(c.imageUrl());
    row.add(Mapping.feedback(c));
    return row;
  }

  @Override
  int[] widths() {
    return new int[] {60, 18, 30, 30, 30, 30, 30, 16, 14, 30, 60};
  }
}
