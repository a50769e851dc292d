package vn.luatvui.server.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.luatvui.bank.text.VietnameseText;

/**
 * Turns what a person types into search terms over folded text. Words match at the start of a
 * word ("thon" finds "thông"); a number after Điều/khoản/điểm/chương stays with it, so "dieu 9"
 * finds "Điều 9" but not "Điều 90".
 */
final class SearchQuery {
  private static final Set<String> UNIT_WORDS = Set.of("dieu", "khoan", "diem", "chuong", "muc", "phan");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9/]+");
  private static final Pattern NUMBERISH = Pattern.compile("[0-9]+|[a-z]");

  private SearchQuery() {
  }

  /** PostgreSQL regular expressions, all of which a matching question's folded text satisfies. */
  static List<String> patterns(String query) {
    List<String> terms = terms(query);
    List<String> patterns = new ArrayList<>(terms.size());
    for (String term : terms) {
      boolean wholeWord = Character.isDigit(term.charAt(term.length() - 1)) || term.contains(" ");
      patterns.add("\\m" + term + (wholeWord ? "\\M" : ""));
    }
    return patterns;
  }

  static List<String> terms(String query) {
    if (query == null) {
      return List.of();
    }
    String folded = NOT_WORD.matcher(VietnameseText.fold(query)).replaceAll(" ").trim();
    List<String> terms = new ArrayList<>();
    for (String token : folded.isEmpty() ? new String[0] : folded.split(" ")) {
      int last = terms.size() - 1;
      if (last >= 0 && UNIT_WORDS.contains(terms.get(last)) && NUMBERISH.matcher(token).matches()) {
        terms.set(last, terms.get(last) + " " + token);
      } else if (terms.size() < 8) {
        terms.add(token);
      }
    }
    return terms;
  }
}
