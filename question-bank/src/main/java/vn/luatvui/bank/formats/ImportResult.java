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
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportError> errors, List<Duplicate> duplicates,
                           int rows, List<ImportError> warnings) {

  public ImportResult {
    questions = List.copyOf(questions);
    errors = List.copyOf(errors);
    duplicates = List.copyOf(duplicates);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A result without warnings. */
  public ImportResult(List<ImportedQuestion> questions, List<ImportError> errors, List<Duplicate> duplicates,
                      int rows) {
    this(questions, errors, duplicates, rows, List.of());
  }

  /** No errors: every question in the file can be stored. */
  public boolean ok() {
    return errors.isEmpty();
  }
}
