package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows fixed in the preview: read with the rules of LuậtVui's spreadsheet (the same reading, the
 * same {@code QuestionRules}, the same messages as any import), then put in place of the file's
 * rows. One rule set: nothing here judges a question itself.
 */
public final class RowFixes {
  static final String BLANK = "Dòng sửa đang trống: hãy điền câu hỏi, hoặc chọn “Bỏ dòng này”.";
  /** "B (Câu hỏi)" → "Câu hỏi": a fixed row's cells are the editor's fields, not columns of a sheet. */
  private static final Pattern LETTERS = Pattern.compile("[A-Z]{1,3}(–[A-Z]{1,3})? \\((.*)\\)");

  private RowFixes() {
  }

  /** Reads the fixed rows alone, each at its own row number, with the import's options. */
  public static ImportResult read(List<RowFix> fixes, ImportOptions options) {
    Map<Integer, RowFix> byRow = new TreeMap<>();
    fixes.forEach(f -> byRow.put(f.row(), f));
    List<Object> labels = LuatVuiLayout.INSTANCE.header();
    List<Sheet.Row> rows = new ArrayList<>();
    Map<Integer, Sheet.Cell> header = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      header.put(i, Sheet.Cell.of(labels.get(i).toString()));
    }
    rows.add(new Sheet.Row(0, header));
    List<ImportError> blank = new ArrayList<>();
    for (RowFix fix : byRow.values()) {
      if (fix.cells().isEmpty()) {
        blank.add(new ImportError(fix.row(), null, BLANK));
        continue;
      }
      Map<Integer, Sheet.Cell> cells = new HashMap<>();
      fix.cells().forEach((key, value) -> cells.put(RowFix.KEYS.indexOf(key), Sheet.Cell.of(value)));
      rows.add(new Sheet.Row(fix.row(), cells));
    }
    ImportResult read = rows.size() == 1 ? new ImportResult(List.of(), List.of(), List.of(), 0)
        : LuatVuiLayout.INSTANCE.read(new Sheet(null, rows, List.of()), options);
    List<ImportError> errors = new ArrayList<>(blank);
    read.errors().stream().map(e -> new ImportError(e.row(), field(e.column()), e.message())).forEach(errors::add);
    errors.sort(Comparator.comparingInt(ImportError::row));
    List<ImportedQuestion> questions = read.questions().stream().map(q -> new ImportedQuestion(q.row(), q.content(),
        q.timeLimitSeconds(), q.points(), q.key(), f -> field(q.column(f)))).toList();
    return new ImportResult(questions, errors, List.of(), read.rows() + blank.size(), read.warnings(),
        read.unfinished());
  }

  /**
   * The file's result with the fixed rows in place of its own (a fix for a row the file does not
   * hold is ignored) and the errors of the rows left out dropped; repeats are found again.
   */
  public static ImportResult apply(ImportResult file, ImportResult fixed, Set<Integer> leftOut) {
    Set<Integer> held = new HashSet<>();
    file.questions().forEach(q -> held.add(q.row()));
    file.errors().forEach(e -> held.add(e.row()));
    held.remove(0);
    Set<Integer> replaced = new HashSet<>();
    fixed.questions().forEach(q -> replaced.add(q.row()));
    fixed.errors().forEach(e -> replaced.add(e.row()));
    replaced.retainAll(held);

    List<ImportedQuestion> questions = new ArrayList<>();
    file.questions().stream().filter(q -> !replaced.contains(q.row())).forEach(questions::add);
    fixed.questions().stream().filter(q -> replaced.contains(q.row())).forEach(questions::add);
    questions.sort(Comparator.comparingInt(ImportedQuestion::row));
    List<ImportError> errors = new ArrayList<>();
    file.errors().stream().filter(e -> !replaced.contains(e.row()) && !leftOut.contains(e.row())).forEach(errors::add);
    fixed.errors().stream().filter(e -> replaced.contains(e.row()) && !leftOut.contains(e.row())).forEach(errors::add);
    errors.sort(Comparator.comparingInt(ImportError::row));
    List<ImportError> warnings = new ArrayList<>();
    file.warnings().stream().filter(w -> !replaced.contains(w.row())).forEach(warnings::add);
    fixed.warnings().stream().filter(w -> replaced.contains(w.row())).forEach(warnings::add);
    warnings.sort(Comparator.comparingInt(ImportError::row));
    List<RowFix> unfinished = new ArrayList<>();
    file.unfinished().stream().filter(u -> !replaced.contains(u.row())).forEach(unfinished::add);
    fixed.unfinished().stream().filter(u -> replaced.contains(u.row())).forEach(unfinished::add);
    unfinished.sort(Comparator.comparingInt(RowFix::row));
    return new ImportResult(questions, errors, Collector.duplicates(questions), file.rows(), warnings, unfinished);
  }

  private static String field(String column) {
    if (column == null) {
      return null;
    }
    Matcher m = LETTERS.matcher(column);
    return m.matches() ? m.group(2) : column;
  }
}
