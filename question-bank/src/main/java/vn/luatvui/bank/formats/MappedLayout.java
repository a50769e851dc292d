package vn.luatvui.bank.formats;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.luatvui.bank.question.QuestionType;

/**
 * A spreadsheet of no known layout, read by the columns the user mapped in the import wizard
 * (question, options 1–6, correct, type, time, image, explanation, citation): the header is the
 * row the user saw, each mapped column plays its role, the others are ignored. Import only.
 */
final class MappedLayout extends SpreadsheetLayout {
  static final int MAX_OPTIONS = 6;
  private static final List<String> OPTIONS = List.of("option1", "option2", "option3", "option4", "option5", "option6");

  private final ColumnMapping mapping;

  MappedLayout(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  String name() {
    return "bảng tính";
  }

  @Override
  boolean holdsCitations() {
    return mapping.roles().containsKey(Mapping.CITATION) || mapping.roles().containsKey(Mapping.EXPLANATION);
  }

  @Override
  List<Header.Column> columns(ImportOptions options) {
    return mapping.roles().keySet().stream().map(k -> new Header.Column(k, k, false)).toList();
  }

  @Override
  Header header(Sheet sheet, ImportOptions options, Collector out) {
    Optional<Sheet.Row> row = sheet.rows().stream().filter(r -> r.number() == mapping.headerRow()).findFirst();
    if (row.isEmpty()) {
      out.fileError("Dòng tiêu đề " + mapping.headerRow() + " đang trống. Hãy chọn lại các cột ở bước ghép cột.");
      return null;
    }
    return Header.of(row.get(), mapping.roles());
  }

  @Override
  boolean strict() {
    return false;
  }

  @Override
  void read(RowReader r, Collector out) {
    Mapping.readRow(r, out, OPTIONS, MappedLayout::type);
  }

  private static QuestionType type(RowReader r, String cell) {
    QuestionType t = Labels.read(Labels.TYPES, cell);
    if (t == null) {
      Map<String, QuestionType> wayground = Map.of("multiple choice", QuestionType.SINGLE_CHOICE,
          "checkbox", QuestionType.MULTIPLE_SELECT, "fill-in-the-blank", QuestionType.TYPE_ANSWER,
          "poll", QuestionType.POLL, "quiz", QuestionType.SINGLE_CHOICE, "true or false", QuestionType.TRUE_FALSE);
      t = wayground.get(vn.luatvui.bank.text.VietnameseText.fold(cell));
    }
    if (t == null) {
      r.error(Mapping.TYPE, "Loại câu hỏi " + Values.quote(cell) + " không có; dùng " + Labels.choices(Labels.TYPES)
          + ", hoặc để trống để tự nhận ra.");
    }
    return t;
  }

  @Override
  List<List<Object>> preamble() {
    return List.of();
  }

  @Override
  List<Object> header() {
    throw new UnsupportedOperationException("a mapped sheet is import only");
  }

  @Override
  List<Object> row(int number, ExportedQuestion q) {
    throw new UnsupportedOperationException("a mapped sheet is import only");
  }

  @Override
  int[] widths() {
    return new int[0];
  }
}
