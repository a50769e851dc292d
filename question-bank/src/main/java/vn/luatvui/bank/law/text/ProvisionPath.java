package vn.luatvui.bank.law.text;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of a provision inside a document: Điều, optionally khoản, optionally điểm
 * ({@code Điều 40 khoản 3 điểm a}). A điểm directly under an Điều has no khoản.
 */
public record ProvisionPath(String article, String clause, String point) implements Comparable<ProvisionPath> {
  private static final Pattern WRITTEN = Pattern.compile(
      "Điều\\s+(\\S+)(?:\\s+khoản\\s+(\\S+))?(?:\\s+điểm\\s+(\\S+))?");
  private static final Comparator<String> CLAUSES = Comparator.nullsFirst(UnitNumbers.NUMBER_ORDER);
  private static final Comparator<String> POINTS = Comparator.nullsFirst(UnitNumbers.LETTER_ORDER);
  private static final Comparator<ProvisionPath> ORDER = Comparator
      .comparing((ProvisionPath p) -> p.article(), UnitNumbers.NUMBER_ORDER)
      .thenComparing(ProvisionPath::clause, CLAUSES)
      .thenComparing(ProvisionPath::point, POINTS);

  public ProvisionPath {
    Objects.requireNonNull(article, "article");
    if (!UnitNumbers.isNumber(article)) {
      throw new IllegalArgumentException("số Điều không hợp lệ: " + article);
    }
    if (clause != null && !UnitNumbers.isNumber(clause)) {
      throw new IllegalArgumentException("số khoản không hợp lệ: " + clause);
    }
    if (point != null && !UnitNumbers.isLetter(point)) {
      throw new IllegalArgumentException("điểm không hợp lệ: " + point);
    }
  }

  public static ProvisionPath article(String article) {
    return new ProvisionPath(article, null, null);
  }

  /** Reads the form written largest unit first: {@code Điều 40 khoản 3 điểm a}. */
  public static ProvisionPath parse(String written) {
    Matcher m = WRITTEN.matcher(written.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("không đọc được địa chỉ điều khoản \"" + written.strip()
          + "\" (viết như \"Điều 40 khoản 3 điểm a\")");
    }
    return new ProvisionPath(m.group(1), m.group(2), m.group(3));
  }

  /** The unit's level: the smallest unit named. */
  public Level level() {
    return point != null ? Level.POINT : clause != null ? Level.CLAUSE : Level.ARTICLE;
  }

  /** The path of the unit that contains this one, or null for an Điều. */
  public ProvisionPath parent() {
    return point != null ? new ProvisionPath(article, clause, null)
        : clause != null ? article(article) : null;
  }

  /** Whether this path is the other or lies inside it (khoản 3 of Điều 40 is within Điều 40). */
  public boolean within(ProvisionPath other) {
    return article.equals(other.article)
        && (other.clause == null || other.clause.equals(clause))
        && (other.point == null || other.point.equals(point));
  }

  /** As citations are written in Vietnamese, smallest unit first: "điểm a khoản 3 Điều 40". */
  public String reference() {
    StringBuilder sb = new StringBuilder();
    if (point != null) {
      sb.append("điểm ").append(point).append(' ');
    }
    if (clause != null) {
      sb.append("khoản ").append(clause).append(' ');
    }
    return sb.append("Điều ").append(article).toString();
  }

  /** The written form, largest unit first, that {@link #parse} reads. */
  @Override
  public String toString() {
    return "Điều " + article + (clause == null ? "" : " khoản " + clause) + (point == null ? "" : " điểm " + point);
  }

  @Override
  public int compareTo(ProvisionPath o) {
    return ORDER.compare(this, o);
  }

  /** Levels of the provisions a path can name. */
  public enum Level { ARTICLE, CLAUSE, POINT }
}
