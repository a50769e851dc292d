package vn.luatvui.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Reads accounts to create from CSV (tạo nhiều tài khoản): columns email; họ tên (ho_ten, ten, name);
 * vai trò (vai_tro, roles), several roles in one cell separated by ";" or "," (Giáo viên; Tác giả). Headers
 * in Vietnamese or English, with or without diacritics; comma or semicolon separated; UTF-8 with or
 * without a byte-order mark. Problems name the row (the header is row 1) and the column as written.
 */
public final class AccountCsv {
  /** The downloadable template: a byte-order mark first, so that Excel reads it as UTF-8. */
  public static final String TEMPLATE = "\uFEFFemail,ho_ten,vai_tro\r\n"
      + "nguyen.van.an@truong.edu.vn,Nguyễn Văn An,Giáo viên\r\n"
      + "tran.thi.binh@truong.edu.vn,Trần Thị Bình,Tác giả; Người duyệt\r\n"
      + "le.van.cuong@doanthanhnien.vn,Lê Văn Cường,Ban tổ chức\r\n";
  public static final int MAX_ROWS = 1000;

  private static final String EMAIL = "email";
  private static final String NAME = "name";
  private static final String ROLES = "roles";
  private static final Map<String, String> HEADERS = headers();
  private static final Map<String, Role> ROLE_WORDS = roleWords();

  /** One account to create, from row {@code row} of the file. */
  public record Row(int row, String email, String displayName, Set<Role> roles) {
  }

  /** A problem with the file; {@code column} is null when the whole row or file is at fault. */
  public record Problem(int row, String column, String message) {
  }

  public record Parsed(List<Row> rows, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private AccountCsv() {
  }

  public static Parsed parse(String csvText) {
    String text = csvText == null ? "" : csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText;
    char delimiter = firstLine(text).chars().filter(c -> c == ';').count()
        > firstLine(text).chars().filter(c -> c == ',').count() ? ';' : ',';
    // Blank lines are read (and skipped below) so that row numbers match what a spreadsheet shows.
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> at = null;
    Map<String, String> written = new HashMap<>();
    Map<String, Integer> firstRowOfEmail = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        int row = (int) record.getRecordNumber();
        if (at == null) {
          at = header(record, written, problems);
          if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
          }
          continue;
        }
        if (blank(record)) {
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          problems.add(new Problem(row, null, "Tệp có hơn " + MAX_ROWS + " tài khoản; hãy chia thành nhiều tệp."));
          break;
        }
        Row read = row(record, row, at, written, problems);
        if (read.email() != null) {
          Integer earlier = firstRowOfEmail.putIfAbsent(read.email().toLowerCase(java.util.Locale.ROOT), row);
          if (earlier != null) {
            problems.add(new Problem(row, written.get(EMAIL), "Email " + read.email() + " trùng với dòng " + earlier + "."));
          }
        }
        rows.add(read);
      }
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      problems.add(new Problem(rows.size() + 2, null, "Không đọc được tệp CSV từ dòng này (kiểm tra dấu ngoặc kép)."));
    }
    if (at == null) {
      problems.add(new Problem(1, null, "Tệp trống: cần dòng tiêu đề email, ho_ten, vai_tro."));
    } else if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(2, null, "Tệp không có dòng tài khoản nào."));
    }
    return new Parsed(rows, problems);
  }

  private static Map<String, Integer> header(CSVRecord record, Map<String, String> written, List<Problem> problems) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String raw = record.get(i).strip();
      String meaning = HEADERS.get(VietnameseText.fold(raw).replaceAll("[\\s\\-]+", "_"));
      if (meaning != null && at.putIfAbsent(meaning, i) == null) {
        written.put(meaning, raw);
      }
    }
    Map<String, String> labels = Map.of(EMAIL, "email", NAME, "ho_ten (họ tên)", ROLES, "vai_tro (vai trò)");
    for (String required : List.of(EMAIL, NAME, ROLES)) {
      if (!at.containsKey(required)) {
        problems.add(new Problem(1, null, "Thiếu cột " + labels.get(required) + " ở dòng tiêu đề."));
      }
    }
    return at;
  }

  private static Row row(CSVRecord record, int row, Map<String, Integer> at, Map<String, String> written,
                         List<Problem> problems) {
    String email = VietnameseText.nfc(value(record, at.get(EMAIL)));
    if (email.isEmpty()) {
      problems.add(new Problem(row, written.get(EMAIL), "Thiếu email."));
    } else if (!Emails.plausible(email)) {
      problems.add(new Problem(row, written.get(EMAIL), "Email «" + email + "» không hợp lệ."));
    }
    String name = VietnameseText.nfc(value(record, at.get(NAME))).replaceAll("\\s+", " ");
    if (name.isEmpty() || name.length() > 100) {
      problems.add(new Problem(row, written.get(NAME), "Họ tên cần từ 1 đến 100 ký tự."));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String word : value(record, at.get(ROLES)).split("[;,|/+]")) {
      String folded = VietnameseText.fold(word).replaceAll("\\s+", " ").strip();
      if (folded.isEmpty()) {
        continue;
      }
      Role role = ROLE_WORDS.get(folded);
      if (role == null) {
        problems.add(new Problem(row, written.get(ROLES), "Không hiểu vai trò «" + word.strip()
            + "» (dùng: Quản trị viên, Người duyệt, Tác giả, Giáo viên, Ban tổ chức)."));
      } else {
        roles.add(role);
      }
    }
    if (roles.isEmpty() && problems.stream().noneMatch(p -> p.row() == row && written.get(ROLES).equals(p.column()))) {
      problems.add(new Problem(row, written.get(ROLES), "Cần ít nhất một vai trò."));
    }
    return new Row(row, email.isEmpty() ? null : email, name, roles);
  }

  private static String value(CSVRecord record, Integer column) {
    return column == null || column >= record.size() ? "" : record.get(column).strip();
  }

  private static boolean blank(CSVRecord record) {
    for (String v : record) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static Map<String, String> headers() {
    Map<String, String> map = new HashMap<>();
    for (String h : List.of("email", "e_mail", "thu_dien_tu", "dia_chi_email")) {
      map.put(h, EMAIL);
    }
    for (String h : List.of("ho_ten", "ho_va_ten", "ten", "ten_hien_thi", "name", "display_name", "displayname")) {
      map.put(h, NAME);
    }
    for (String h : List.of("vai_tro", "roles", "role", "quyen")) {
      map.put(h, ROLES);
    }
    return Map.copyOf(map);
  }

  private static Map<String, Role> roleWords() {
    Map<String, Role> map = new HashMap<>();
    List.of("admin", "quan tri", "quan tri vien").forEach(w -> map.put(w, Role.ADMIN));
    List.of("reviewer", "nguoi duyet", "duyet").forEach(w -> map.put(w, Role.REVIEWER));
    List.of("author", "tac gia").forEach(w -> map.put(w, Role.AUTHOR));
    List.of("host", "teacher", "giao vien", "nguoi dan tro choi").forEach(w -> map.put(w, Role.HOST));
    List.of("organiser", "organizer", "ban to chuc", "ban to chuc cuoc thi", "to chuc").forEach(w -> map.put(w, Role.ORGANISER));
    return Map.copyOf(map);
  }
}
