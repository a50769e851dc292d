package vn.luatvui.bank.law.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luatvui.bank.law.DocumentKind;
import vn.luatvui.bank.law.text.DocumentHeader.ProvisionDate;
import vn.luatvui.bank.law.text.DocumentHeader.Replacement;

/** Reads the {@code Key: value} lines of a file's header. */
final class HeaderReader {
  static final String NUMBER = "Số hiệu";
  private static final Set<String> REQUIRED = Set.of(NUMBER, "Tên", "Loại", "Cơ quan ban hành", "Ngày thông qua",
      "Hiệu lực từ", "Nguồn", "Ngày đọc", "Văn bản");
  private static final Set<String> REPEATABLE = Set.of("Lĩnh vực", "Thay thế", "Hướng dẫn", "Hiệu lực riêng");
  /** Dates a document without text may leave out while no text or official notice confirms them. */
  private static final Set<String> UNVERIFIED_ALLOWED = Set.of("Ngày thông qua", "Hiệu lực từ");
  private static final Set<String> SINGLE = Set.of(NUMBER, "Tên", "Loại", "Cơ quan ban hành", "Ngày thông qua",
      "Hiệu lực từ", "Hết hiệu lực", "Nguồn", "Ngày đọc", "Văn bản");

  private final List<ParseError> errors;
  private final Map<String, String> single = new HashMap<>();
  private final Map<String, Integer> lineOf = new HashMap<>();
  private final List<String> fields = new ArrayList<>();
  private final List<String> guides = new ArrayList<>();
  private final List<Replacement> replaces = new ArrayList<>();
  private final List<ProvisionDate> ownDates = new ArrayList<>();
  private final List<Integer> ownDateLines = new ArrayList<>();

  HeaderReader(List<ParseError> errors) {
    this.errors = errors;
  }

  void line(int no, String raw) {
    String line = raw.strip();
    if (line.isEmpty()) {
      return;
    }
    int colon = line.indexOf(':');
    if (colon <= 0) {
      errors.add(new ParseError(no, "dòng đầu văn bản phải có dạng \"Khóa: giá trị\""));
      return;
    }
    String key = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    if (value.isEmpty()) {
      errors.add(new ParseError(no, "\"" + key + "\" không có giá trị"));
    } else if (SINGLE.contains(key)) {
      if (single.putIfAbsent(key, value) != null) {
        errors.add(new ParseError(no, "\"" + key + "\" chỉ được ghi một lần"));
      }
      lineOf.putIfAbsent(key, no);
    } else if (REPEATABLE.contains(key)) {
      repeatable(no, key, value);
    } else {
      errors.add(new ParseError(no, "khóa không biết: \"" + key + "\""));
    }
  }

  private void repeatable(int no, String key, String value) {
    switch (key) {
      case "Lĩnh vực" -> fields.add(value);
      case "Hướng dẫn" -> guides.add(value);
      case "Thay thế" -> {
        String[] parts = pair(no, key, value, "<số hiệu> | <ngày>");
        if (parts != null) {
          LocalDate day = date(no, key, parts[1]);
          if (day != null) {
            replaces.add(new Replacement(parts[0], day));
          }
        }
      }
      default -> {
        String[] parts = pair(no, key, value, "<điều khoản> | <ngày>");
        if (parts != null) {
          LocalDate day = date(no, key, parts[1]);
          ProvisionPath path = path(no, parts[0]);
          if (day != null && path != null) {
            ownDates.add(new ProvisionDate(path, day));
            ownDateLines.add(no);
          }
        }
      }
    }
  }

  private String[] pair(int no, String key, String value, String form) {
    String[] parts = value.split("\\|", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      errors.add(new ParseError(no, "\"" + key + "\" phải có dạng " + form));
      return null;
    }
    return new String[] {parts[0].strip(), parts[1].strip()};
  }

  /** The line of each "Hiệu lực riêng", in order. */
  List<Integer> ownDateLines() {
    return ownDateLines;
  }

  ProvisionPath path(int no, String written) {
    try {
      return ProvisionPath.parse(written);
    } catch (IllegalArgumentException e) {
      errors.add(new ParseError(no, e.getMessage()));
      return null;
    }
  }

  LocalDate date(int no, String key, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new ParseError(no, "\"" + key + "\": ngày \"" + value + "\" không hợp lệ (viết YYYY-MM-DD)"));
      return null;
    }
  }

  /** The header read, or null when it has errors (all of them reported); {@code end} is the line of {@code ---}. */
  DocumentHeader finish(int end) {
    boolean headerOnly = TextCoverage.NONE.equals(TextCoverage.of(single.getOrDefault("Văn bản", "")));
    for (String key : REQUIRED) {
      if (!single.containsKey(key) && !(headerOnly && UNVERIFIED_ALLOWED.contains(key))) {
        errors.add(new ParseError(end, "thiếu \"" + key + "\" ở phần đầu"));
      }
    }
    DocumentKind kind = kind();
    TextCoverage coverage = single.containsKey("Văn bản") ? TextCoverage.of(single.get("Văn bản")) : null;
    if (single.containsKey("Văn bản") && coverage == null) {
      errors.add(new ParseError(lineOf.get("Văn bản"), "\"Văn bản\" phải là đầy đủ, một phần hoặc không có"));
    }
    LocalDate passed = day("Ngày thông qua");
    LocalDate from = day("Hiệu lực từ");
    LocalDate to = day("Hết hiệu lực");
    LocalDate read = day("Ngày đọc");
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new ParseError(lineOf.get("Hết hiệu lực"), "ngày hết hiệu lực trước ngày có hiệu lực"));
    }
    boolean datesMissing = passed == null && !single.containsKey("Ngày thông qua") || from == null && !single.containsKey("Hiệu lực từ");
    boolean datesWrong = passed == null && single.containsKey("Ngày thông qua") || from == null && single.containsKey("Hiệu lực từ");
    if (kind == null || coverage == null || read == null || datesWrong || datesMissing && coverage != TextCoverage.NONE
        || !single.keySet().containsAll(REQUIRED.stream().filter(k -> !UNVERIFIED_ALLOWED.contains(k)).toList())) {
      return null;
    }
    return new DocumentHeader(single.get(NUMBER), single.get("Tên"), kind, single.get("Cơ quan ban hành"), passed,
        from, to, fields, single.get("Nguồn"), read, coverage, replaces, guides, ownDates);
  }

  private LocalDate day(String key) {
    return single.containsKey(key) ? date(lineOf.get(key), key, single.get(key)) : null;
  }

  private DocumentKind kind() {
    String label = single.get("Loại");
    if (label == null) {
      return null;
    }
    for (DocumentKind k : DocumentKind.values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    errors.add(new ParseError(lineOf.get("Loại"), "\"Loại\" không biết: \"" + label + "\""));
    return null;
  }
}
