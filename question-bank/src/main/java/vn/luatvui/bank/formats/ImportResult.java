package vn.luatvui.bank.formats;

import java.util.List;

/**
 * What an import found: the valid questions, every error (all rows, not just the first), and the
 * repeats within the file. The wizard commits nothing while there are errors unless the user
 * chooses to keep only the valid questions.
 *
 * @param questions  the rows without errors, in file order (duplicates included; see {@code duplicates})
 * @param errors     sorted by row; row 0 concerns the whole file
 * @param duplicates later rows repeating an earlier valid row, exactly or nearly
 * @param rows       rows (or text blocks) that hold a question, with or without errors: counted for
 *                   every row, however many errors are listed
 * @param warnings   what was imported only in part and why (a Moodle question's embedded image: the bank keeps
 *                   image addresses, not image files), by row and column like errors; never blocks a commit
 * @param unfinished the rows with errors as far as they could be read, in LuậtVui's columns: what the preview
 *                   offers to fix (capped like errors)
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportError> errors, List<Duplicate> duplicates,
                           int rows, List<ImportError> warnings, List<RowFix> unfinished) {

  public ImportResult {
    questions = List.copyOf(questions);
    errors = List.copyOf(errors);
    duplicates = List.copyOf(duplicates);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    unfinished = unfinished == null ? List.of() : List.copyOf(unfinished);
  }

  /** A result with warnings and nothing offered to fix. */
  public ImportResult(List<ImportedQuestion> questions, List<ImportError> errors, List<Duplicate> duplicates,
                      int rows, List<ImportError> warnings) {
    this(questions, errors, duplicates, rows, warnings, List.of());
  }

  /** A result without warnings. */
  public ImportResult(List<ImportedQuestion> questions, List<ImportError> errors, List<Duplicate> duplicates,
                      int rows) {
    this(questions, errors, duplicates, rows, List.of(), List.of());
  }

  /** No errors: every question in the file can be stored. */
  public boolean ok() {
    return errors.isEmpty();
  }
}
