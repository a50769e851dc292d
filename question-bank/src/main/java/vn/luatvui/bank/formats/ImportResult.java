package vn.luatvui.bank.formats;

import java.util.List;

/**
 * What an import found: the valid questions, every error (all rows, not just the first), and the
 * repeats within the file. The wizard commits nothing while there are errors unless the user
 * chooses to keep only the valid questions.
 *
 * @param questions  the rows without errors, in file order (duplicates included; see {@code duplicates})
 * @param errors     sorted by row; row 0 concerns the whole file
 * @param duplicates later rows repeating an earlier valid row
 */
public record ImportResult(List<ImportedQuestion> questions, List<ImportError> errors, List<Duplicate> duplicates) {

  public ImportResult {
    questions = List.copyOf(questions);
    errors = List.copyOf(errors);
    duplicates = List.copyOf(duplicates);
  }

  /** No errors: every question in the file can be stored. */
  public boolean ok() {
    return errors.isEmpty();
  }
}
