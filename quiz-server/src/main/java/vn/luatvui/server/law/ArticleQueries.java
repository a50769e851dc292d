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
import java.util.List;
import vn.luatvui.server.law.LawViews.ArticleView;
import vn.luatvui.server.law.LawViews.DocumentHits;
import vn.luatvui.server.law.LawViews.DocumentView;
import vn.luatvui.server.law.LawViews.Period;
import vn.luatvui.server.law.LawViews.TocArticle;
import vn.luatvui.server.law.LawViews.TocGroup;

/** Articles of the store: a table of contents, an article as of a day, and search across their texts. */
final class ArticleQueries {
  static final int SEARCH_LIMIT = 60;
  static final int SNIPPET = 280;
  private static final String ARTICLE_ROW = "clause IS NULL AND point IS NULL";

  private final Pool pool;
  private final ArticleSearch search;

  ArticleQueries(Pool pool) {
    this.pool = pool;
    this.search = new ArticleSearch(pool);
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

  /** Articles in force on the day matching the terms, best first, grouped by document (see {@link ArticleSearch}). */
  Future<List<DocumentHits>> search(SearchTerms terms, LocalDate day) {
    return search.search(terms, day);
  }
}
