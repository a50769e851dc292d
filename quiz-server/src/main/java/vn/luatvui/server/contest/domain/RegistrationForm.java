package vn.luatvui.server.contest.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.bank.text.VietnameseText;

/**
 * A contestant's registration (đăng ký dự thi). Only what the contest needs is collected: the citizen
 * ID number (số căn cước) only when the contest asks for it, and a phone number or an email to reach
 * the contestant, not necessarily both.
 *
 * @param unitId the participating unit (đơn vị dự thi)
 */
public record RegistrationForm(String fullName, LocalDate birthDate, long unitId, String phone, String email,
                               String idNumber) {
  public static final int MIN_AGE = 6;
  public static final int MAX_AGE = 100;
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]*");
  private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+");
  private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");

  /**
   * The form as stored: texts in NFC, trimmed, inner white space collapsed, blanks null; the phone in
   * digits with +84 written as 0, the email in NFKC and lower case, the ID number without separators
   * (see {@link PersonKey}).
   */
  public RegistrationForm normalized() {
    return new RegistrationForm(clean(fullName), birthDate, unitId, PersonKey.phone(clean(phone)),
        PersonKey.email(clean(email)), PersonKey.idNumber(clean(idNumber)));
  }

  /**
   * Every broken rule of the normalised form, with Vietnamese messages for the contestant.
   *
   * @param askIdNumber whether the contest asks for the citizen ID number
   * @param today       the date ages are counted on
   */
  public List<Violation> check(boolean askIdNumber, LocalDate today) {
    RegistrationForm f = normalized();
    List<Violation> v = new ArrayList<>();
    if (f.fullName == null) {
      v.add(new Violation("fullName", "Vui lòng nhập họ và tên."));
    } else if (length(f.fullName) < 2 || length(f.fullName) > 100) {
      v.add(new Violation("fullName", "Họ và tên phải dài từ 2 đến 100 ký tự."));
    } else if (!NAME.matcher(f.fullName).matches()) {
      v.add(new Violation("fullName", "Họ và tên chỉ gồm chữ cái, dấu cách và các dấu . ' -"));
    }
    if (f.birthDate == null) {
      v.add(new Violation("birthDate", "Vui lòng nhập ngày sinh."));
    } else if (f.birthDate.isAfter(today) || age(f.birthDate, today) < MIN_AGE || age(f.birthDate, today) > MAX_AGE) {
      v.add(new Violation("birthDate", "Người dự thi phải từ " + MIN_AGE + " đến " + MAX_AGE + " tuổi."));
    }
    if (f.unitId <= 0) {
      v.add(new Violation("unitId", "Vui lòng chọn đơn vị dự thi."));
    }
    if (f.phone != null && !PHONE.matcher(f.phone).matches()) {
      v.add(new Violation("phone", "Số điện thoại phải gồm 10 hoặc 11 chữ số, bắt đầu bằng 0."));
    }
    if (f.email != null && (f.email.length() > 200 || !EMAIL.matcher(f.email).matches())) {
      v.add(new Violation("email", "Địa chỉ email không hợp lệ."));
    }
    if (f.phone == null && f.email == null) {
      v.add(new Violation("contact", "Vui lòng nhập số điện thoại hoặc email để ban tổ chức liên hệ."));
    }
    if (askIdNumber && f.idNumber == null) {
      v.add(new Violation("idNumber", "Vui lòng nhập số căn cước."));
    } else if (askIdNumber && !ID_NUMBER.matcher(f.idNumber).matches()) {
      v.add(new Violation("idNumber", "Số căn cước phải gồm đúng 12 chữ số."));
    } else if (!askIdNumber && f.idNumber != null) {
      v.add(new Violation("idNumber", "Cuộc thi này không thu thập số căn cước; vui lòng để trống."));
    }
    return v;
  }

  /** The folded name, as registrations before look-alike folding were compared: "Nguyễn  Văn AN" → "nguyen van an". */
  public String nameKey() {
    return fullName == null ? null : VietnameseText.fold(VietnameseText.nfc(fullName));
  }

  /** The name's confusable skeleton, to spot the same person registering twice however it is written. */
  public String nameSkeleton() {
    return PersonKey.name(fullName);
  }

  private static int age(LocalDate birthDate, LocalDate today) {
    return Period.between(birthDate, today).getYears();
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = WHITE_SPACE.matcher(VietnameseText.nfc(s)).replaceAll(" ").strip();
    return t.isEmpty() ? null : t;
  }
}
