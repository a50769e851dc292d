package vn.luatvui.bank.question;

/**
 * Where the law says it: a legal document by its number, and Điều (article), optionally khoản
 * (clause) and điểm (point), with an optional short quotation of the provision.
 */
public record Citation(String document, int article, Integer clause, String point, String quote) {

  /** "khoản 1 Điều 8" style reference, as Vietnamese legal writing puts it (smallest unit first). */
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
}
