package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionRules;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Gathers what an import finds, row by row: errors (every row, capped so a broken file cannot
 * flood memory), and the questions of rows without errors, checked by {@link QuestionRules}.
 */
final class Collector {
  static final int MAX_ERRORS = 1000;

  private final ImportOptions options;
  private final String formatName;
  private final boolean holdsCitations;
  private final List<ImportError> errors = new ArrayList<>();
  private final Set<Integer> failedRows = new HashSet<>();
  private final Set<String> failedCells = new HashSet<>();
  private final List<ImportedQuestion> questions = new ArrayList<>();
  private int unlisted;

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
      errors.add(new ImportError(row, column, message));
    } else {
      unlisted++;
    }
  }

  void fileError(String message) {
    error(0, null, message);
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
    QuestionContent content = draft.content(options);
    boolean citationDefaulted = false;
    if (content.citations().isEmpty() && options.defaultCitation() != null) {
      citationDefaulted = true;
      content = withCitation(content, options.defaultCitation(), !holdsCitations);
    }
    content = content.normalized();
    Set<String> readErrors = Set.copyOf(failedCells);
    for (Violation v : QuestionRules.check(content)) {
      if (!holdsCitations && !citationDefaulted && content.citations().isEmpty()) {
        if (v.field().equals("explanation") && content.explanation() == null) {
          continue;
        }
        if (v.field().equals("citations")) {
          error(row, null, "Tệp " + formatName + " không có trích dẫn điều luật. Hãy chọn văn bản và điều luật áp "
              + "dụng cho các câu hỏi này ở bước nhập (trích dẫn mặc định).");
          continue;
        }
      }
      String column = columnOf.apply(v.field());
      if (column == null || !readErrors.contains(row + "\u0000" + column)) {
        error(row, column, v.message());
      }
    }
    if (!failed(row)) {
      questions.add(new ImportedQuestion(row, content,
          draft.timeLimitSeconds == null ? options.defaultTimeLimitSeconds() : draft.timeLimitSeconds,
          draft.points == null ? options.defaultPoints() : draft.points, draft.key));
    }
  }

  ImportResult result() {
    List<ImportError> sorted = new ArrayList<>(errors);
    sorted.sort(Comparator.comparingInt(ImportError::row));
    if (unlisted > 0) {
      sorted.add(0, new ImportError(0, null, "Tệp có " + (errors.size() + unlisted) + " lỗi; dưới đây là " + MAX_ERRORS
          + " lỗi đầu tiên. Hãy sửa rồi nhập lại để xem các lỗi còn lại."));
    }
    return new ImportResult(questions, sorted, duplicates());
  }

  private List<Duplicate> duplicates() {
    Map<String, Integer> first = new HashMap<>();
    List<Duplicate> found = new ArrayList<>();
    for (ImportedQuestion q : questions) {
      Integer earlier = first.putIfAbsent(sameness(q.content()), q.row());
      if (earlier != null) {
        found.add(new Duplicate(q.row(), earlier));
      }
    }
    return found;
  }

  /** Text and answers, folded; choice order matters only where order is the answer. */
  private static String sameness(QuestionContent c) {
    var choices = c.choices().stream().map(ch -> VietnameseText.fold(ch.text()) + (ch.correct() ? "\u0001" : ""));
    if (c.type() != QuestionType.ORDERING) {
      choices = choices.sorted();
    }
    return VietnameseText.fold(c.text()) + "\u0000" + choices.collect(Collectors.joining("\u0002")) + "\u0000"
        + c.accepted().stream().map(VietnameseText::fold).sorted().collect(Collectors.joining("\u0002"));
  }

  /**
   * The content citing the default; in a format with no place for an explanation, an empty one
   * becomes a pointer to that citation (elsewhere an empty explanation stays an error).
   */
  private static QuestionContent withCitation(QuestionContent c, Citation citation, boolean explain) {
    String explanation = c.explanation();
    if (explain && (explanation == null || explanation.isBlank())) {
      explanation = "Căn cứ " + citation.reference() + " văn bản số " + citation.document() + "."
          + (citation.quote() == null || citation.quote().isBlank() ? "" : " “" + citation.quote().strip() + "”");
    }
    return new QuestionContent(c.type(), c.text(), c.choices(), c.accepted(), explanation, List.of(citation),
        c.tags(), c.difficulty(), c.audience(), c.visibility(), c.scoring(), c.imageUrl());
  }
}
