package vn.luatvui.server.bank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.luatvui.bank.text.VietnameseText;

/**
 * What a citizen typed into the lookup, read the way they meant it: "dieu 9 luat tre em" names an
 * article of a document (by its name or its number), and a question in plain words ("xe đạp điện bao
 * nhiêu tuổi được đi") keeps only the words that carry meaning. The question words ("bao nhiêu",
 * "được", "không", …) are in almost every question, so demanding them left out the very question asked.
 */
record LookupQuery(String document, Integer article, List<String> words) {
  static final int MAX_WORDS = 8;
  private static final Pattern ARTICLE = Pattern.compile("\\bdieu\\s+(\\d{1,4})\\b");
  private static final Pattern UNIT = Pattern.compile("\\b(?:khoan|diem|chuong|muc)\\s+[0-9a-z]\\d{0,3}\\b");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  /** Folded question and link words: they say how something is asked, not what about. */
  static final Set<String> STOP_WORDS = Set.of("nhieu", "duoc", "khong", "co", "la", "gi", "nao", "nhu",
      "khi", "va", "cua", "cho", "hay", "hoac", "ai", "sao", "bi", "ra", "di", "nay", "voi", "o", "trong", "theo",
      "mot", "cac", "nhung", "phai", "nen", "se", "da", "roi", "chua", "minh", "a", "u", "nhe", "ko", "k");

  /** Question words of two syllables whose first syllable alone means something else ("bao" of "bảo hiểm"). */
  private static final Pattern STOP_PAIRS = Pattern.compile("\\bbao (?:nhieu|gio|lau)\\b|\\bthe nao\\b|\\btai sao\\b");

  /**
   * Reads a query against the documents the bank knows (number to name). The longest document name
   * (or a number) found in the query names the document and its words leave the query.
   */
  static LookupQuery parse(String query, Map<String, String> documents) {
    String folded = query == null ? "" : VietnameseText.fold(query);
    Integer article = null;
    Matcher m = ARTICLE.matcher(folded);
    if (m.find()) {
      article = Integer.valueOf(m.group(1));
      folded = m.replaceFirst(" ");
    }
    folded = UNIT.matcher(folded).replaceAll(" ");
    folded = STOP_PAIRS.matcher(folded).replaceAll(" ");
    String document = null;
    for (String number : documents.keySet()) {
      Matcher n = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(VietnameseText.fold(number)) + "(?![a-z0-9])")
          .matcher(folded);
      if (n.find()) {
        document = number;
        folded = n.replaceFirst(" ");
        break;
      }
    }
    List<String> tokens = new ArrayList<>();
    m = WORD.matcher(folded);
    while (m.find()) {
      tokens.add(m.group());
    }
    if (document == null) {
      int longest = 0;
      int at = -1;
      for (Map.Entry<String, String> d : documents.entrySet()) {
        List<String> name = Arrays.asList(VietnameseText.fold(d.getValue()).split("[^a-z0-9]+"));
        int found = name.size() > longest ? indexOf(tokens, name) : -1;
        if (found >= 0) {
          longest = name.size();
          at = found;
          document = d.getKey();
        }
      }
      if (at >= 0) {
        tokens.subList(at, at + longest).clear();
      }
    }
    List<String> words = new ArrayList<>();
    for (String token : tokens) {
      if (!STOP_WORDS.contains(token) && !words.contains(token) && words.size() < MAX_WORDS) {
        words.add(token);
      }
    }
    return new LookupQuery(document, article, List.copyOf(words));
  }

  boolean isEmpty() {
    return document == null && article == null && words.isEmpty();
  }

  /** Each word as a full-text query: the last one may be the start of a word ("tuo" finds "tuoi"). */
  List<String> wordQueries() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean prefix = i == words.size() - 1 && !Character.isDigit(w.charAt(w.length() - 1));
      out.add(prefix ? w + ":*" : w);
    }
    return out;
  }

  private static int indexOf(List<String> tokens, List<String> name) {
    if (name.isEmpty() || name.get(0).isEmpty()) {
      return -1;
    }
    return java.util.Collections.indexOfSubList(tokens, name);
  }
}
