package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The citizen lookup's search, ranked by what the person asked rather than filtered by every word:
 * a question matches when it cites the article or document named, or has any of the meaningful
 * words; it ranks first when it cites exactly what was named, then by how many of the words it has
 * (words side by side, as in "xe đạp", and words of the question itself count more).
 * Polls are left out: they have no answer to learn.
 */
final class LookupSearch {
  private static final int EXACT_CITATION = 1000;
  private static final int SAME_DOCUMENT = 200;
  private static final int WORD = 10;
  private static final int PAIR = 4;
  private static final int IN_QUESTION = 3;
  /** The question's own words: what search stores begins with them (see {@link SearchText}). */
  private static final String QUESTION_WORDS = " CROSS JOIN LATERAL (SELECT to_tsvector('simple', "
      + "split_part(q.search_folded, ' | ', 1)) AS words) asked ";

  private final Pool pool;

  LookupSearch(Pool pool) {
    this.pool = pool;
  }

  /** One page of the lookup; {@code id}, when given, keeps to that one question (its permanent address). */
  Future<Page<StoredQuestion>> search(SearchFilter f, Long id, Map<String, String> documents) {
    LookupQuery query = LookupQuery.parse(f.query(), documents);
    SearchFilter rest = new SearchFilter(null, f.statuses(), f.type(), f.tag(), f.document(), f.article(),
        f.difficulty(), f.needsReview(), f.authorId(), f.visibleToAuthor(), true, f.oldestFirst(), f.page(), f.size(),
        f.returned());
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(QuestionStore.where(rest, params)).append(" AND q.type <> 'POLL'");
    if (id != null) {
      params.add(id);
      where.append(" AND q.id = $").append(params.size());
    }
    List<String> words = query.wordQueries();
    List<String> matches = new ArrayList<>();
    String cited = citation(query, query.article(), params);
    if (cited != null) {
      matches.add(cited);
    }
    // Near misses, ranked below: the same document at another article, or the article named in the text.
    if (query.document() != null && query.article() != null) {
      matches.add(citation(query, null, params));
    }
    if (query.article() != null) {
      params.add("dieu <-> " + query.article());
      matches.add("q.search_vector @@ to_tsquery('simple', $" + params.size() + ")");
    }
    if (!words.isEmpty()) {
      params.add(String.join(" | ", words));
      matches.add("q.search_vector @@ to_tsquery('simple', $" + params.size() + ")");
    }
    if (!matches.isEmpty()) {
      where.append(" AND (").append(String.join(" OR ", matches)).append(")");
    }
    List<Object> pageParams = new ArrayList<>(params);
    String score = score(query, words, pageParams);
    String order = f.oldestFirst() ? "ASC" : "DESC";
    pageParams.add(f.size());
    pageParams.add((long) (f.page() - 1) * f.size());
    String sql = "SELECT " + QuestionStore.COLUMNS + "FROM (SELECT q.id, " + score + " AS score FROM question q" + QUESTION_WORDS + where
        + " ORDER BY score DESC, q.id " + order + " LIMIT $" + (pageParams.size() - 1) + " OFFSET $" + pageParams.size()
        + ") page JOIN question q ON q.id = page.id " + QuestionStore.JOINS + "ORDER BY page.score DESC, q.id " + order;
    Future<Long> total = pool.preparedQuery("SELECT count(*) FROM question q " + where).execute(Tuple.from(params))
        .map(rows -> rows.iterator().next().getLong(0));
    Future<List<StoredQuestion>> items = pool.preparedQuery(sql).execute(Tuple.from(pageParams)).map(rows -> {
      List<StoredQuestion> list = new ArrayList<>();
      rows.forEach(r -> list.add(QuestionStore.read(r)));
      return list;
    });
    return Future.all(total, items).map(x -> new Page<>(total.result(), f.page(), f.size(), items.result()));
  }

  /** The condition "cites what the query named" (document and/or article), or null when it named none. */
  private static String citation(LookupQuery query, Integer article, List<Object> params) {
    if (query.document() == null && article == null) {
      return null;
    }
    StringBuilder sql = new StringBuilder("EXISTS (SELECT 1 FROM question_citation c WHERE c.question_id = q.id");
    if (query.document() != null) {
      params.add(query.document());
      sql.append(" AND c.document_number = $").append(params.size());
    }
    if (article != null) {
      params.add(article);
      sql.append(" AND c.article = $").append(params.size());
    }
    return sql.append(")").toString();
  }

  private static String score(LookupQuery query, List<String> words, List<Object> params) {
    List<String> parts = new ArrayList<>();
    String exact = citation(query, query.article(), params);
    if (exact != null) {
      parts.add("(" + exact + ")::int * " + EXACT_CITATION);
    }
    if (query.document() != null && query.article() != null) {
      parts.add("(" + citation(query, null, params) + ")::int * " + SAME_DOCUMENT);
    }
    for (String w : words) {
      params.add(w);
      parts.add("(q.search_vector @@ to_tsquery('simple', $" + params.size() + "))::int * " + WORD);
      parts.add("(asked.words @@ to_tsquery('simple', $" + params.size() + "))::int * " + IN_QUESTION);
    }
    for (int i = 1; i < words.size(); i++) {
      params.add(query.words().get(i - 1) + " <-> " + words.get(i));
      parts.add("(q.search_vector @@ to_tsquery('simple', $" + params.size() + "))::int * " + PAIR);
    }
    return parts.isEmpty() ? "0" : String.join(" + ", parts);
  }
}
