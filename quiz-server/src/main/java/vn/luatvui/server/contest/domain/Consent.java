package vn.luatvui.server.contest.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.Violation;

/**
 * Consent to the processing of personal data at registration (đồng ý xử lý dữ liệu cá nhân, Luật Bảo
 * vệ dữ liệu cá nhân 91/2025/QH15). The contestant agrees to the notice that lists what is collected
 * and why; a contestant under {@value #GUARDIAN_AGE} also needs their parent's or guardian's consent
 * whenever more than the name and the unit is collected (a date of birth and a phone or email always
 * are).
 *
 * @param accepted         the contestant agrees to the notice
 * @param guardianName     the name of the parent or guardian who agrees, for a contestant under 16
 * @param guardianAccepted the parent or guardian agrees
 */
public record Consent(boolean accepted, String guardianName, boolean guardianAccepted) {
  public static final int GUARDIAN_AGE = 16;
  /** The version of the notice the contestant agrees to; it changes when the notice's content does. */
  public static final String NOTICE_VERSION = "2026-12";

  /** What registration collects: always the name, the date of birth, the unit and a contact; the ID number when asked. */
  public static List<String> collected(boolean askIdNumber) {
    return askIdNumber ? List.of("fullName", "birthDate", "unit", "contact", "idNumber")
        : List.of("fullName", "birthDate", "unit", "contact");
  }

  /** Whether a guardian must agree: under 16 on {@code today}, and more than the name and the unit collected. */
  public static boolean guardianNeeded(LocalDate birthDate, LocalDate today, List<String> collected) {
    boolean moreThanNameAndUnit = collected.stream().anyMatch(f -> !f.equals("fullName") && !f.equals("unit"));
    return birthDate != null && moreThanNameAndUnit && Period.between(birthDate, today).getYears() < GUARDIAN_AGE;
  }

  /** Every missing agreement, with Vietnamese messages; the guardian's name is NFC and trimmed by the caller. */
  public List<Violation> check(LocalDate birthDate, LocalDate today, List<String> collected) {
    List<Violation> v = new ArrayList<>();
    if (!accepted) {
      v.add(new Violation("consent.accepted",
          "Cần đồng ý với việc xử lý dữ liệu cá nhân như thông báo thì mới đăng ký được."));
    }
    if (guardianNeeded(birthDate, today, collected)) {
      if (guardianName == null || guardianName.isBlank() || guardianName.strip().length() < 2) {
        v.add(new Violation("consent.guardianName", "Người dự thi dưới " + GUARDIAN_AGE
            + " tuổi: cần họ tên cha, mẹ hoặc người giám hộ đồng ý."));
      } else if (guardianName.strip().length() > 100) {
        v.add(new Violation("consent.guardianName", "Họ tên người giám hộ không được dài quá 100 ký tự."));
      }
      if (!guardianAccepted) {
        v.add(new Violation("consent.guardianAccepted", "Người dự thi dưới " + GUARDIAN_AGE
            + " tuổi: cha, mẹ hoặc người giám hộ cần đồng ý."));
      }
    }
    return v;
  }
}
