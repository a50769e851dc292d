package vn.luatvui.server.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luatvui.bank.formats.Duplicate;
import vn.luatvui.bank.formats.ImportedQuestion;
import vn.luatvui.bank.formats.Sameness;

/**
 * Which rows of an import are written and which are skipped, and why — so that no row is ever
 * dropped without the report saying so. An exact repeat (of an earlier row, or of a question
 * already in the bank) is skipped; a near one (differing by case, diacritics or spacing, as
 * "đỗ xe" and "đổ xe") is only a warning, written unless the user chose to skip that row.
 */
final class ImportDecisions {

  /** A row repeating an earlier row of the file, or a question already in the bank, exactly or nearly. */
  record DuplicateRow(int row, Integer firstRow, Long existingId, boolean exact) {
  }

  /** A row with a valid question that is not written, and why. */
  record SkippedRow(int row, String reason) {
  }

  final List<DuplicateRow> duplicates = new ArrayList<>();
  final List<SkippedRow> skipped = new ArrayList<>();
  private final Map<Integer, String> skip = new HashMap<>();

  /**
   * @param fileDuplicates what the file itself repeats
   * @param chosen         rows the user chose to skip in the preview
   */
  ImportDecisions(List<Duplicate> fileDuplicates, Set<Integer> chosen) {
    for (Duplicate d : fileDuplicates) {
      duplicates.add(new DuplicateRow(d.row(), d.firstRow(), null, d.exact()));
      if (d.exact()) {
        skip.put(d.row(), "Trùng hoàn toàn với dòng " + d.firstRow() + " của tệp (cùng nội dung và phương án): "
            + "chỉ nhập một lần.");
      }
    }
    chosen.forEach(row -> skip.putIfAbsent(row, "Bạn đã chọn bỏ qua dòng này ở bước xem trước."));
  }

  /** Whether the question is written; when not, the reason is recorded. */
  boolean write(ImportedQuestion q, List<QuestionStore.Similar> inBank) {
    String reason = skip.get(q.row());
    if (reason == null) {
      String exact = Sameness.exact(q.content());
      for (QuestionStore.Similar s : inBank) {
        if (Sameness.exact(s.content()).equals(exact)) {
          duplicates.add(new DuplicateRow(q.row(), null, s.id(), true));
          reason = "Đã có trong ngân hàng câu hỏi (câu hỏi số " + s.id() + ").";
          break;
        }
      }
      if (reason == null && !inBank.isEmpty()) {
        duplicates.add(new DuplicateRow(q.row(), null, inBank.get(0).id(), false));
      }
    }
    if (reason != null) {
      skipped.add(new SkippedRow(q.row(), reason));
      return false;
    }
    return true;
  }
}
