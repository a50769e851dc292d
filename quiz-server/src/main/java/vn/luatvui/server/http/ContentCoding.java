package vn.luatvui.server.http;

import java.util.Locale;

/** Reads an {@code Accept-Encoding} header (RFC 9110 §12.5.3): which codings the client takes. */
final class ContentCoding {
  private ContentCoding() {
  }

  /** Whether the header accepts the coding: named (or {@code *}) with a weight above zero. */
  static boolean accepts(String header, String coding) {
    if (header == null || header.isBlank()) {
      return false;
    }
    Boolean named = null;
    boolean wildcard = false;
    for (String part : header.split(",")) {
      String[] pieces = part.split(";");
      String token = pieces[0].trim().toLowerCase(Locale.ROOT);
      boolean wanted = weight(pieces) > 0;
      if (token.equals(coding)) {
        named = wanted;
      } else if (token.equals("*")) {
        wildcard = wanted;
      }
    }
    return named != null ? named : wildcard;
  }

  private static double weight(String[] pieces) {
    for (int i = 1; i < pieces.length; i++) {
      String parameter = pieces[i].trim();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2).trim());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
