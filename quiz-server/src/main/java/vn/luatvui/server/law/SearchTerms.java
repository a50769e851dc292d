package vn.luatvui.server.law;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luatvui.bank.text.VietnameseText;

/**
 * A search of the store's articles as typed: "Điều 9", "khoan 2 dieu 5 luat tre em", free words.
 * "Điều N" and "khoản K" name the unit; the other words, folded, must all occur (the last as a prefix).
 */
record SearchTerms(String article, String clause, List<String> words) {
  static final int MAX_WORDS = 8;
  private static final Pattern ARTICLE = Pattern.compile("\\bdieu\\s+(\\d{1,4}[a-z]?)\\b");
  private static final Pattern CLAUSE = Pattern.compile("\\bkhoan\\s+(\\d{1,3}[a-z]?)\\b");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  static SearchTerms parse(String q) {
    String folded = q == null ? "" : VietnameseText.fold(q);
    String article = null;
    String clause = null;
    Matcher m = ARTICLE.matcher(folded);
    if (m.find()) {
      article = m.group(1);
      folded = m.replaceFirst(" ");
    }
    m = CLAUSE.matcher(folded);
    if (m.find()) {
      clause = m.group(1);
      folded = m.replaceFirst(" ");
    }
    List<String> words = new ArrayList<>();
    m = WORD.matcher(folded);
    while (m.find() && words.size() < MAX_WORDS) {
      words.add(m.group());
    }
    return new SearchTerms(article, clause, words);
  }

  boolean isEmpty() {
    return article == null && words.isEmpty();
  }

  /** The full-text query: every word, the last one as a prefix; empty when there are no words. */
  String tsQuery() {
    List<String> parts = new ArrayList<>(words);
    if (!parts.isEmpty()) {
      parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ":*");
    }
    return String.join(" & ", parts);
  }

  /** Where the words start in the text, as [start, end) offsets of the text itself (marks and case aside). */
  List<int[]> highlights(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      folded.append(foldChar(text.charAt(i)));
    }
    List<int[]> out = new ArrayList<>();
    for (String w : words) {
      int from = 0;
      int at;
      while ((at = folded.indexOf(w, from)) >= 0) {
        if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
          int end = at + w.length();
          while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
            end++;
          }
          out.add(new int[] {at, end});
        }
        from = at + w.length();
      }
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }

  private static char foldChar(char c) {
    if (c == 'đ' || c == 'Đ') {
      return 'd';
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    return d.isEmpty() ? c : d.toLowerCase(Locale.ROOT).charAt(0);
  }
}
