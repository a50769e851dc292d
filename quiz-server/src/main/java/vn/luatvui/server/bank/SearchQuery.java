package vn.luatvui.server.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Turns what a person types into a PostgreSQL full-text query over folded text ("simple"
 * configuration: no stemming, so Vietnamese syllables stay as they are). Every word must appear
 * (matches with the words side by side are listed first);
 * the last word may be the start of a word ("giao th" finds "giao thông"); a number after
 * Điều/khoản/điểm/chương stays with it as a phrase, so "dieu 9" finds "Điều 9" but not "Điều 90".
 */
final class SearchQuery {
  private static final Set<String> UNIT_WORDS = Set.of("dieu", "khoan", "diem", "chuong", "muc", "phan");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9/]+");
  private static final Pattern NUMBERISH = Pattern.compile("[0-9]+|[a-z]");
  private static final int MAX_TERMS = 8;

  private SearchQuery() {
  }

  /** The text for {@code to_tsquery('simple', …)} that every match satisfies, or null when the query has no words. */
  static String tsquery(String query) {
    return join(query, " & ");
  }

  /**
   * The same words one after another: Vietnamese words are several syllables ("giao thông"), so a
   * match with the syllables side by side is what the person meant, and comes first.
   */
  static String phrase(String query) {
    return join(query, " <-> ");
  }

  private static String join(String query, String operator) {
    List<String> terms = terms(query);
    if (terms.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      boolean last = i == terms.size() - 1;
      if (term.contains(" ")) {
        parts.add(term.replace(" ", " <-> "));
      } else if (last && !term.contains("/") && !Character.isDigit(term.charAt(term.length() - 1))) {
        parts.add(term + ":*");
      } else {
        parts.add(term);
      }
    }
    return String.join(operator, parts);
  }

  static List<String> terms(String query) {
    if (query == null) {
      return List.of();
    }
    String folded = NOT_WORD.matcher(VietnameseText.fold(query)).replaceAll(" ").trim();
    List<String> terms = new ArrayList<>();
    for (String token : folded.isEmpty() ? new String[0] : folded.split(" ")) {
      token = token.replaceAll("^/+|/+$", "");
      if (token.isEmpty()) {
        continue;
      }
      int last = terms.size() - 1;
      if (last >= 0 && UNIT_WORDS.contains(terms.get(last)) && NUMBERISH.matcher(token).matches()) {
        terms.set(last, terms.get(last) + " " + token);
      } else if (terms.size() < MAX_TERMS) {
        terms.add(token);
      }
    }
    return terms;
  }
}
