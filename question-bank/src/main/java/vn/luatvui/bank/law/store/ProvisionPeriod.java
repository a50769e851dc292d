package vn.luatvui.bank.law.store;

import java.time.LocalDate;
import java.util.List;
import vn.luatvui.bank.law.text.ProvisionPath;
import vn.luatvui.bank.law.text.Unit;

/**
 * One wording of one provision and the days it is in force: from {@code from} to {@code to}
 * inclusive (null: still in force). {@code changedBy} is the document whose change began it (null for
 * the original wording). {@code divisions} are the headings above an Điều ("Chương I. NHỮNG QUY ĐỊNH
 * CHUNG"), largest first; empty for khoản and điểm.
 */
public record ProvisionPeriod(ProvisionPath path, Unit unit, LocalDate from, LocalDate to, String changedBy,
                              List<String> divisions) {
  public ProvisionPeriod {
    divisions = List.copyOf(divisions);
  }
}
