package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionRules;
import vn.luatvui.bank.question.Violation;

/**
 * Gathers what an import finds, row by row: errors (every row, capped so a broken file cannot
 * flood memory), and the questions of rows without errors, checked by {@link QuestionRules}.
 */
final class Collector {
  static final int MAX_ERRORS = 1000;
  private static final int MAX_MESSAGE = 400;
  private static final int MAX_COLUMN = 80;
  static final String NO_QUESTIONS = "Tệp không có câu hỏi nào (tệp trống hoặc chỉ có khoảng trắng).";

  private final ImportOptions options;
  private final String formatName;
  private final boolean holdsCitations;
  private final List<ImportError> errors = new ArrayList<>();
  private final Set<Integer> failedRows = new HashSet<>();
  private final Set<String> failedCells = new HashSet<>();
  private final List<ImportedQuestion> questions = new ArrayList<>();
  private final List<ImportError> warnings = new ArrayList<>();
  private final List<RowFix> unfinished = new ArrayList<>();
  private int unlisted;
  private int read;

  /**
   * @param formatName     how messages name the file kind ("Kahoot", "Aiken"…)
   * @param holdsCitations false for formats with no place for a citation: a missing one is then
   *                       explained as such (choose a default citation in the wizard)
   */
  Collector(ImportOptions options, String formatName, boolean holdsCitations) {
    this.options = options;
    this.formatName = formatName;
    this.holdsCitations = holdsCitations;
  }

  ImportOptions options() {
    return options;
  }

  void error(int row, String column, String message) {
    failedRows.add(row);
    failedCells.add(row + "\u0000" + column);
    if (errors.size() < MAX_ERRORS) {
      errors.add(new ImportError(row, cut(column, MAX_COLUMN), cut(message, MAX_MESSAGE)));
    } else {
      unlisted++;
    }
  }

  /** A backstop: messages quote cells through {@link Values#quote}, but nothing echoes a huge value whole. */
  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Something imported only in part; listed (capped like errors) but never failing the row. */
  void warning(int row, String column, String message) {
    if (warnings.size() < MAX_ERRORS) {
      warnings.add(new ImportError(row, cut(column, MAX_COLUMN), cut(message, MAX_MESSAGE)));
    }
  }

  void fileError(String message) {
    error(0, null, message);
  }

  /** Nothing reported so far. */
  boolean ok() {
    return errors.isEmpty() && unlisted == 0;
  }

  boolean failed(int row) {
    return failedRows.contains(row);
  }

  boolean hasFileErrors() {
    return failedRows.contains(0);
  }

  int questionCount() {
    return questions.size();
  }

  /**
   * Completes the draft with the defaults, normalises it, checks it, reports each broken rule at the
   * column {@code columnOf} names for its field (unless that cell already has a more precise error
   * from reading it), and keeps it when its row has no error at all.
   */
  void accept(int row, Draft draft, Function<String, String> columnOf) {
    image(row, draft, columnOf);
    QuestionContent content = draft.content(options);
    boolean defaulted = content.citations().isEmpty() && options.defaultCitation() != null;
    if (defaulted) {
      QuestionContent c = content;
      content = new QuestionContent(c.type(), c.text(), c.choices(), c.accepted(), c.explanation(),
          List.of(options.defaultCitation()), c.tags(), c.difficulty(), c.audience(), c.visibility(), c.scoring(),
          c.imageUrl(), c.imageAlt());
    }
    content = pointer(content).normalized();
    Set<String> readErrors = Set.copyOf(failedCells);
    for (Violation v : QuestionRules.check(content)) {
      if (content.citations().isEmpty() && v.field().equals("explanation") && content.explanation() == null) {
        continue;
      }
      boolean uncited = v.field().equals("citations") && content.citations().isEmpty();
      String column = uncited && !holdsCitations ? null : columnOf.apply(v.field());
      if (column == null || !readErrors.contains(row + "\u0000" + column)) {
        error(row, column, uncited ? noCitation() : v.message());
      }
    }
    options.rowsRead().accept(++read);
    if (failed(row)) {
      unfinished(row, content, draft);
    } else {
      questions.add(new ImportedQuestion(row, content,
          draft.timeLimitSeconds == null ? options.defaultTimeLimitSeconds() : draft.timeLimitSeconds,
          draft.points == null ? options.defaultPoints() : draft.points, draft.key,
          defaulted ? field -> field.startsWith("citations") ? null : columnOf.apply(field) : columnOf));
    }
  }

  /** A row with errors, as far as it was read, offered to the user to fix in the preview. */
  private void unfinished(int row, QuestionContent content, Draft draft) {
    if (unfinished.size() >= MAX_ERRORS) {
      return;
    }
    try {
      unfinished.add(RowFix.of(row, new ExportedQuestion(content, draft.timeLimitSeconds, draft.points, draft.key)));
    } catch (RuntimeException unreadable) {
      // Too little was read to lay the row out again: the user types it afresh.
    }
  }

  /**
   * An image cell naming a file (not an address): the file from the ZIP the sheet came in (or
   * embedded in the file), checked and re-encoded, becomes the question's stored image; a file
   * that is missing or not an image is an error of the image cell.
   */
  private void image(int row, Draft draft, Function<String, String> columnOf) {
    String cell = draft.imageUrl == null ? null : draft.imageUrl.strip();
    if (cell == null || cell.isEmpty() || ImageFiles.isAddress(cell)) {
      return;
    }
    String column = columnOf.apply("imageUrl");
    if (options.images() == null) {
      error(row, column, "Ảnh " + Values.quote(cell) + " là tên tệp: hãy nhập tệp ZIP gồm bảng tính và các tệp ảnh, "
          + "hoặc ghi địa chỉ https:// của ảnh.");
      return;
    }
    try {
      draft.imageUrl = options.images().resolve(cell);
    } catch (vn.luatvui.bank.media.ImageRefused e) {
      error(row, column, e.getMessage());
    }
  }

  /** Why a question without a citation cannot be imported, and what to do. */
  private String noCitation() {
    String choose = "chọn văn bản và điều luật áp dụng ở bước nhập (trích dẫn mặc định)";
    return holdsCitations
        ? "Câu hỏi chưa trích dẫn điều luật. Hãy ghi trích dẫn trong tệp " + formatName + " hoặc " + choose + "."
        : "Tệp " + formatName + " không có trích dẫn điều luật. Hãy " + choose + ".";
  }

  ImportResult result() {
    if (questions.isEmpty() && errors.isEmpty() && unlisted == 0) {
      fileError(NO_QUESTIONS);
    }
    List<ImportError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparingInt(ImportError::row));
    if (unlisted > 0) {
      sorted.add(0, new ImportError(0, null, "Tệp có " + (errors.size() + unlisted) + " lỗi; dưới đây là " + MAX_ERRORS
          + " lỗi đầu tiên. Hãy sửa rồi nhập lại để xem các lỗi còn lại."));
    }
    Set<Integer> rows = new HashSet<>(failedRows);
    rows.remove(0);
    questions.forEach(q -> rows.add(q.row()));
    return new ImportResult(questions, sorted, duplicates(questions), rows.size(), warnings, unfinished);
  }

  /** Exact repeats (NFC text and answers) and near ones (the same folded), each against its first occurrence. */
  static List<Duplicate> duplicates(List<ImportedQuestion> questions) {
    Map<String, Integer> exact = new HashMap<>();
    Map<String, Integer> near = new HashMap<>();
    List<Duplicate> found = new ArrayList<>();
    for (ImportedQuestion q : questions) {
      Integer same = exact.putIfAbsent(Sameness.exact(q.content()), q.row());
      Integer like = near.putIfAbsent(Sameness.near(q.content()), q.row());
      if (same != null) {
        found.add(new Duplicate(q.row(), same, true));
      } else if (like != null) {
        found.add(new Duplicate(q.row(), like, false));
      }
    }
    return found;
  }

  /**
   * One rule for every format: a question without an explanation gets a pointer to its first
   * citation ("Căn cứ khoản 1 Điều 8 văn bản số 36/2024/QH15."), whether the citation came from the
   * file or from the wizard's default. Without any citation the explanation stays empty, and only
   * the missing citation is reported.
   */
  private static QuestionContent pointer(QuestionContent c) {
    if ((c.explanation() != null && !c.explanation().isBlank()) || c.citations().isEmpty()) {
      return c;
    }
    Citation citation = c.citations().get(0);
    String explanation = "Căn cứ " + citation.reference() + " văn bản số " + citation.document() + "."
        + (citation.quote() == null || citation.quote().isBlank() ? "" : " “" + citation.quote().strip() + "”");
    return new QuestionContent(c.type(), c.text(), c.choices(), c.accepted(), explanation, c.citations(),
        c.tags(), c.difficulty(), c.audience(), c.visibility(), c.scoring(), c.imageUrl(), c.imageAlt());
  }
}
