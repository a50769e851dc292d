package vn.luatvui.bank.formats;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Citations written as Vietnamese legal writing does: {@code khoản 1 Điều 8 Luật 36/2024/QH15},
 * {@code Điều 12, 100/2015/QH13}, {@code điểm a khoản 2 Điều 5 - 73/2021/QH14},
 * {@code Điều 2 Hiến pháp 2013}; several separated by ";", each optionally followed by a quotation
 * {@code : "…"} (a {@code "} inside written twice). Case and diacritics do not matter.
 */
final class Citations {
  static final String EXAMPLE = "khoản 1 Điều 8 Luật 36/2024/QH15";

  /** Searched in a length-preserving fold of the text: lower case, marks dropped, đ kept. */
  private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}\\d])(?:[dđ]ieu|article|art\\.)\\s*(\\d+)");
  private static final Pattern CLAUSE = Pattern.compile("(?<![\\p{L}\\d])(?:khoan|clause)\\s*(\\d+)");
  private static final Pattern POINT = Pattern.compile("(?<![\\p{L}\\d])(?:[dđ]iem|point)\\s+([a-zđ])(?![\\p{L}\\d])");
  private static final Pattern CONSTITUTION = Pattern.compile("(?<![\\p{L}\\d])(?:hien\\s+phap(?:\\s+nam)?|hp)\\s*(\\d{4})");
  /** Searched in the text itself: 36/2024/QH15, 100/2019/NĐ-CP, 01/2021/TT-BGDĐT, 1234/QĐ-TTg. */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d/])\\d+(?:/\\d{4})?/[\\p{L}\\d]*\\p{L}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*");

  private Citations() {
  }

  /** The citations of a cell, or the problems found; never both empty unless the text is blank. */
  record Parsed(List<Citation> citations, List<String> problems) {
  }

  static Parsed parse(String text) {
    List<Citation> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new Parsed(found, problems);
    }
    for (String part : split(VietnameseText.nfc(text))) {
      if (!part.isBlank()) {
        one(part.strip(), found, problems);
      }
    }
    return new Parsed(found, problems);
  }

  /** "khoản 1 Điều 8, 36/2024/QH15: \"…\"" — what {@link #parse} reads back. */
  static String format(Citation c) {
    String s = c.reference() + ", " + c.document();
    return c.quote() == null ? s : s + ": \"" + c.quote().replace("\"", "\"\"") + "\"";
  }

  static String format(List<Citation> citations) {
    return citations.stream().map(Citations::format).collect(Collectors.joining("; "));
  }

  private static void one(String part, List<Citation> found, List<String> problems) {
    String reference = part;
    String quote = null;
    Matcher q = Pattern.compile(":\\s*[\"“]").matcher(part);
    if (q.find()) {
      reference = part.substring(0, q.start());
      quote = unquote(part.substring(q.end()));
    }
    String loose = loose(reference);
    List<String> articles = all(ARTICLE, loose);
    List<String> clauses = all(CLAUSE, loose);
    List<String> points = all(POINT, loose);
    String document = document(reference, loose);
    String shown = Values.quote(part);
    if (articles.isEmpty()) {
      problems.add("Không thấy số Điều trong trích dẫn " + shown + ". Viết ví dụ: " + EXAMPLE + ".");
    }
    if (articles.size() > 1 || clauses.size() > 1 || points.size() > 1) {
      problems.add("Trích dẫn " + shown + " có nhiều Điều/khoản/điểm; mỗi trích dẫn chỉ một, các trích dẫn cách "
          + "nhau bằng dấu chấm phẩy (;).");
    }
    if (document == null) {
      problems.add("Không thấy số hiệu văn bản (ví dụ 36/2024/QH15 hoặc Hiến pháp 2013) trong trích dẫn " + shown + ".");
    }
    if (articles.size() == 1 && clauses.size() <= 1 && points.size() <= 1 && document != null) {
      found.add(new Citation(document, number(articles.get(0)), clauses.isEmpty() ? null : number(clauses.get(0)),
          points.isEmpty() ? null : points.get(0), quote));
    }
  }

  private static String document(String reference, String loose) {
    Matcher n = NUMBER.matcher(reference);
    if (n.find()) {
      return n.group().toUpperCase(Locale.ROOT);
    }
    Matcher hp = CONSTITUTION.matcher(loose);
    return hp.find() ? "HP" + hp.group(1) : null;
  }

  private static int number(String digits) {
    return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  private static List<String> all(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The quotation after the opening quote: up to the closing one, "" standing for ". */
  private static String unquote(String rest) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rest.length(); i++) {
      char ch = rest.charAt(i);
      if (ch == '"' && i + 1 < rest.length() && rest.charAt(i + 1) == '"') {
        sb.append('"');
        i++;
      } else if (ch == '"' || ch == '”') {
        break;
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** Splits on ';' and line breaks outside quotations. */
  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          sb.append("\"\"");
          i++;
          continue;
        }
        if (ch == '"' || ch == '”') {
          quoted = false;
        }
        sb.append(ch);
      } else if (ch == ';' || ch == '\n' || ch == '\r') {
        parts.add(sb.toString());
        sb.setLength(0);
      } else {
        if ((ch == '"' || ch == '“') && sb.toString().stripTrailing().endsWith(":")) {
          quoted = true;
        }
        sb.append(ch);
      }
    }
    parts.add(sb.toString());
    return parts;
  }

  /** Lower case with marks dropped, one char for one char (so positions still match), đ kept. */
  private static String loose(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = Character.toLowerCase(text.charAt(i));
      if (ch == 'đ') {
        sb.append(ch);
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      char base = d.charAt(0);
      sb.append(Character.getType(base) == Character.NON_SPACING_MARK ? ' ' : base);
    }
    return sb.toString();
  }
}
