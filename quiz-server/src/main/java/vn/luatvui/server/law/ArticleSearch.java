package vn.luatvui.server.law;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.law.LawViews.DocumentHits;
import vn.luatvui.server.law.LawViews.Hit;

/**
 * Search across the articles in force. The statement is written for the terms typed, with only the
 * conditions they need, so each shape gets a plan that uses its index: the number's index for "Điều N",
 * the word index for words, the document's for a law named in words. Words found in very many
 * articles are ranked among the first {@value #CANDIDATES} found of each group (named law, others):
 * ranking every match of a common word over tens of thousands of articles cost seconds. Results are
 * kept for five minutes (what {@code Cache-Control} already allows any cache to do).
 */
final class ArticleSearch {
  static final int CANDIDATES = 1000;
  private static final String ARTICLE_IN_FORCE = "p.clause IS NULL AND p.point IS NULL AND p.effective_from <= $1 "
      + "AND (p.effective_to IS NULL OR p.effective_to >= $1)";

  /**
   * Results as the API gives them for 5 minutes, like the Cache-Control of every /api/laws answer. A
   * result is at most 60 snippets (about 20 KB), so 2,000 searches hold at most about 40 MB of heap.
   */
  private final Cache<String, List<DocumentHits>> recent = Caffeine.newBuilder().maximumSize(2_000)
      .expireAfterWrite(Duration.ofSeconds(300)).build();
  private final Pool pool;

  ArticleSearch(Pool pool) {
    this.pool = pool;
  }

  /**
   * Articles in force on the day matching the terms, best first, grouped by document. Documents whose
   * name holds every word typed ("khoan 2 dieu 5 luat tre em") come first; with a Điều number they are
   * the only ones searched: the words name the law.
   */
  Future<List<DocumentHits>> search(SearchTerms terms, LocalDate day) {
    // The store changes only when loaded; a popular search is answered again from memory.
    String key = day + "|" + terms;
    List<DocumentHits> known = recent.getIfPresent(key);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    return named(terms).compose(named -> matching(terms, day, named)).onSuccess(found -> recent.put(key, found));
  }

  /** The numbers of the documents whose folded name holds every word of the terms (each as a word's start). */
  private Future<String[]> named(SearchTerms terms) {
    if (terms.words().isEmpty()) {
      return Future.succeededFuture(new String[0]);
    }
    return pool.query("SELECT number, name FROM legal_document").execute().map(rows -> {
      List<String> numbers = new ArrayList<>();
      for (Row r : rows) {
        List<String> nameWords = List.of(VietnameseText.fold(r.getString(1)).split("[^a-z0-9]+"));
        if (terms.words().stream().allMatch(w -> nameWords.stream().anyMatch(n -> n.startsWith(w)))) {
          numbers.add(r.getString(0));
        }
      }
      return numbers.toArray(String[]::new);
    });
  }

  private Future<List<DocumentHits>> matching(SearchTerms terms, LocalDate day, String[] named) {
    Tuple params = Tuple.of(day);
    StringBuilder where = new StringBuilder(ARTICLE_IN_FORCE);
    if (terms.article() != null) {
      where.append(" AND p.article = $").append(add(params, terms.article()));
    }
    String clauseOf = "NULL::text";
    if (terms.clause() != null) {
      String c = "c.document_number = p.document_number AND c.article = p.article AND c.clause = $"
          + add(params, terms.clause()) + " AND c.point IS NULL AND c.effective_from <= $1 "
          + "AND (c.effective_to IS NULL OR c.effective_to >= $1)";
      where.append(" AND EXISTS (SELECT 1 FROM law_provision c WHERE ").append(c).append(')');
      clauseOf = "(SELECT c.text FROM law_provision c WHERE " + c + " LIMIT 1)";
    }
    String ts = terms.tsQuery();
    String query = ts.isEmpty() ? null : "to_tsquery('simple', $" + add(params, ts) + ")";
    String words = query == null ? "" : " AND p.search_vector @@ " + query;
    List<String> groups = new ArrayList<>();
    if (named.length > 0) {
      int n = add(params, named);
      // Every article of a named document holds its name's words: no word filter needed there.
      groups.add("(SELECT p.id, true AS named FROM law_provision p WHERE " + where + " AND p.document_number = ANY($"
          + n + "::text[]) LIMIT " + CANDIDATES + ")");
      if (terms.article() == null) {
        groups.add("(SELECT p.id, false AS named FROM law_provision p WHERE " + where + words
            + " AND p.document_number <> ALL($" + n + "::text[]) LIMIT " + CANDIDATES + ")");
      }
    } else {
      groups.add("(SELECT p.id, false AS named FROM law_provision p WHERE " + where + words + " LIMIT " + CANDIDATES + ")");
    }
    String sql = "SELECT p.document_number, d.name, p.article, p.title, p.text, " + clauseOf + " FROM ("
        + String.join(" UNION ALL ", groups) + ") k JOIN law_provision p ON p.id = k.id "
        + "JOIN legal_document d ON d.number = p.document_number ORDER BY k.named DESC, "
        + (query == null ? "" : "ts_rank(p.search_vector, " + query + ") DESC, ")
        + "p.document_number, p.position LIMIT " + ArticleQueries.SEARCH_LIMIT;
    return pool.preparedQuery(sql).execute(params).map(rows -> {
      Map<String, DocumentHits> byDocument = new LinkedHashMap<>();
      for (Row r : rows) {
        String number = r.getString(0);
        String text = r.getString(5) != null ? r.getString(5) : r.getString(4);
        byDocument.computeIfAbsent(number, x -> new DocumentHits(x, LawQueries.slug(x), r.getString(1),
            new ArrayList<>())).articles().add(hit(terms, r.getString(2), r.getString(3), text));
      }
      return List.copyOf(byDocument.values());
    });
  }

  private static int add(Tuple params, Object value) {
    params.addValue(value);
    return params.size();
  }

  private static Hit hit(SearchTerms terms, String article, String title, String text) {
    int snippet = ArticleQueries.SNIPPET;
    List<int[]> marks = terms.highlights(text);
    int start = 0;
    if (text.length() > snippet && !marks.isEmpty()) {
      start = Math.max(0, Math.min(marks.get(0)[0] - snippet / 4, text.length() - snippet));
    }
    int end = Math.min(text.length(), start + snippet);
    int from = start;
    List<int[]> inSnippet = marks.stream().filter(m -> m[0] >= from && m[1] <= end)
        .map(m -> new int[] {m[0] - from, m[1] - from}).toList();
    return new Hit(article, title, terms.clause(), text.substring(start, end), inSnippet);
  }
}
