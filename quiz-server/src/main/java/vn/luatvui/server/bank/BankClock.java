package vn.luatvui.server.bank;

import java.time.LocalDate;
import java.time.ZoneId;

/** Whether a law is in force is decided by the calendar day in Vietnam, wherever the server runs. */
public final class BankClock {
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private BankClock() {
  }

  public static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }
}
