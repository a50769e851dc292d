package vn.luatvui.bank.law.store;

import java.time.LocalDate;
import vn.luatvui.bank.law.text.ProvisionPath;
import vn.luatvui.bank.law.text.Unit;

/**
 * A provision as of a day: its status and the wording that goes with it (the text in force; for a
 * document already ended, its last wording; for a provision not yet in force, the wording to come).
 */
public record ProvisionAt(String document, ProvisionPath path, LocalDate day, ProvisionStatus status, Unit unit) {
  public boolean inForce() {
    return status == ProvisionStatus.IN_FORCE;
  }
}
