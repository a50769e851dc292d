package vn.luatvui.server.law;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.law.LawViews.ArticleView;
import vn.luatvui.server.law.LawViews.DocumentHits;
import vn.luatvui.server.law.LawViews.DocumentView;
import vn.luatvui.server.law.LawViews.Hit;
import vn.luatvui.server.law.LawViews.Period;
import vn.luatvui.server.law.LawViews.TocArticle;
import vn.luatvui.server.law.LawViews.TocGroup;

/** Articles of the store: a table of contents, an article as of a day, and search across their texts. */
final class ArticleQueries {
  static final int SEARCH_LIMIT = 60;
  static final int SNIPPET = 280;
  private static final String ARTICLE_ROW = "clause IS NULL AND point IS NULL";

  private final Pool pool;

  ArticleQueries(Pool pool) {
    this.pool = pool;
  }

  /** The Điều in force on the day, in order, grouped by the divisions above them; no texts. */
  Future<List<TocGroup>> toc(String number, LocalDate day) {
    return pool.preparedQuery("SELECT article, title, divisions, changed_by IS NOT NULL FROM law_provision "
            + "WHERE document_number = $2 AND " + ARTICLE_ROW + " AND " + LawQueries.IN_FORCE + " ORDER BY position")
        .execute(Tuple.of(day, number)).map(rows -> {
          List<TocGroup> groups = new ArrayList<>();
          for (Row r : rows) {
            List<String> divisions = Arrays.asList(r.getArrayOfStrings(2));
            if (groups.isEmpty() || !groups.get(groups.size() - 1).divisions().equals(divisions)) {
              groups.add(new TocGroup(divisions, new ArrayList<>()));
            }
            groups.get(groups.size() - 1).articles().add(new TocArticle(r.getString(0), r.getString(1), r.getBoolean(3)));
          }
          return groups;
        });
  }

  /** The article's wording in force on the day (or, out of force, its last), with every period it had. */
  Future<ArticleView> article(DocumentView doc, String article, LocalDate day) {
    return pool.preparedQuery("SELECT article, title, divisions, content::text, text, effective_from, effective_to, "
            + "changed_by FROM law_provision WHERE document_number = $1 AND article = $2 AND " + ARTICLE_ROW
            + " ORDER BY effective_from").execute(Tuple.of(doc.number(), article)).map(rows -> {
              List<Row> list = new ArrayList<>();
              rows.forEach(list::add);
              if (list.isEmpty()) {
                throw new LawNotFound("Văn bản " + doc.number() + " không có Điều " + article + " trong kho.");
              }
              Row chosen = null;
              String status = "IN_FORCE";
              for (Row r : list) {
                if (!r.getLocalDate(5).isAfter(day) && (r.getLocalDate(6) == null || !r.getLocalDate(6).isBefore(day))) {
                  chosen = r;
                }
              }
              if (chosen == null) {
                Row first = list.get(0);
                Row last = list.get(list.size() - 1);
                chosen = day.isBefore(first.getLocalDate(5)) ? first : last;
                status = day.isBefore(first.getLocalDate(5)) ? "NOT_YET_IN_FORCE"
                    : doc.effectiveTo() != null && day.isAfter(doc.effectiveTo()) ? "DOCUMENT_ENDED" : "REPEALED";
              }
              List<Period> versions = list.stream().map(r -> new Period(r.getLocalDate(5), r.getLocalDate(6),
                  r.getString(7))).toList();
              return new ArticleView(doc.number(), doc.name(), chosen.getString(0), chosen.getString(1),
                  Arrays.asList(chosen.getArrayOfStrings(2)), day, status, tree(chosen.getString(3)),
                  chosen.getString(4), chosen.getLocalDate(5), chosen.getLocalDate(6), chosen.getString(7), versions,
                  List.of());
            });
  }

  private static JsonNode tree(String json) {
    try {
      return json == null ? null : LawRows.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Articles in force on the day matching the terms, best first, grouped by document. Documents whose
   * name holds every word typed ("khoan 2 dieu 5 luat tre em") come first: the words name the law.
   */
  Future<List<DocumentHits>> search(SearchTerms terms, LocalDate day) {
    return named(terms).compose(named -> matching(terms, day, named));
  }

  /** The numbers of the documents whose folded name holds every word of the terms. */
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
    String ts = terms.tsQuery();
    return pool.preparedQuery("SELECT p.document_number, d.name, p.article, p.title, p.text, c.text "
            + "FROM law_provision p JOIN legal_document d ON d.number = p.document_number "
            + "LEFT JOIN law_provision c ON $3::text IS NOT NULL AND c.document_number = p.document_number "
            + "AND c.article = p.article AND c.clause = $3 AND c.point IS NULL AND c.effective_from <= $1 "
            + "AND (c.effective_to IS NULL OR c.effective_to >= $1) "
            + "WHERE p.clause IS NULL AND p.point IS NULL AND p.effective_from <= $1 "
            + "AND (p.effective_to IS NULL OR p.effective_to >= $1) AND ($2::text IS NULL OR p.article = $2) "
            + "AND ($4 = '' OR p.search_vector @@ to_tsquery('simple', $4)) AND ($3::text IS NULL OR c.text IS NOT NULL) "
            + "ORDER BY p.document_number = ANY($5::text[]) DESC, "
            + "CASE WHEN $4 = '' THEN 0 ELSE ts_rank(p.search_vector, to_tsquery('simple', $4)) END DESC, "
            + "p.document_number, p.position LIMIT " + SEARCH_LIMIT)
        .execute(Tuple.of(day, terms.article(), terms.clause(), ts, named)).map(rows -> {
          Map<String, DocumentHits> byDocument = new LinkedHashMap<>();
          for (Row r : rows) {
            String number = r.getString(0);
            String text = r.getString(5) != null ? r.getString(5) : r.getString(4);
            byDocument.computeIfAbsent(number, n -> new DocumentHits(n, LawQueries.slug(n), r.getString(1),
                new ArrayList<>())).articles().add(hit(terms, r.getString(2), r.getString(3), text));
          }
          return List.copyOf(byDocument.values());
        });
  }

  private static Hit hit(SearchTerms terms, String article, String title, String text) {
    List<int[]> marks = terms.highlights(text);
    int start = 0;
    if (text.length() > SNIPPET && !marks.isEmpty()) {
      start = Math.max(0, Math.min(marks.get(0)[0] - SNIPPET / 4, text.length() - SNIPPET));
    }
    int end = Math.min(text.length(), start + SNIPPET);
    int from = start;
    List<int[]> inSnippet = marks.stream().filter(m -> m[0] >= from && m[1] <= end)
        .map(m -> new int[] {m[0] - from, m[1] - from}).toList();
    return new Hit(article, title, terms.clause(), text.substring(start, end), inSnippet);
  }
}
