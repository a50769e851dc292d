package vn.luatvui.bank.law.store;

import java.time.LocalDate;
import vn.luatvui.bank.law.text.ProvisionPath;

/**
 * What changed in a provision, from which day, by which document and which of its provisions, and
 * the provision's wording before and after (null where it did not exist, or is not in the store).
 */
public record ProvisionChange(LocalDate from, ChangeKind kind, String byDocument, ProvisionPath byProvision,
                              ProvisionPath target, String before, String after) {
}
