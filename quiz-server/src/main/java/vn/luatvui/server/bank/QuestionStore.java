package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.review.ReviewAction;
import vn.luatvui.bank.review.ReviewState;
import vn.luatvui.server.json.Jsons;

/** Questions, their versions, citations and history in PostgreSQL. All of the bank's SQL for questions is here. */
public final class QuestionStore {
  static final String COLUMNS = "q.id, q.external_key, q.status, q.version, q.author_id, q.reviewer_id, "
      + "q.needs_review, q.needs_review_reason, q.updated_at, u.display_name AS author_name, v.content::text AS content, "
      + "q.returned_version, q.return_comment, q.time_limit_seconds ";
  static final String JOINS = "JOIN question_version v ON v.question_id = q.id AND v.version = q.version "
      + "JOIN app_user u ON u.id = q.author_id ";
  private static final String SELECT = "SELECT " + COLUMNS + "FROM question q " + JOINS;
  /** One page of ids chosen first (the words side by side first, then newest or oldest), then only those rows read. */
  private static final String FROM_PAGE = "FROM (SELECT q.id, %s AS phrase FROM question q %s ORDER BY phrase DESC, q.id %s "
      + "LIMIT $%d OFFSET $%d) page JOIN question q ON q.id = page.id " + JOINS;

  private static final String INSERT_CITATION = "INSERT INTO question_citation (question_id, position, "
      + "document_number, article, clause, point) VALUES ($1, $2, $3, $4, $5, $6)";

  /** One entry of a question's history. */
  public record HistoryEntry(long id, int version, Long actorId, String actorName, String action, String comment,
                             OffsetDateTime at) {
  }

  /** A question citing a document, with what flagging needs. */
  public record Citing(long id, ReviewState state) {
  }

  private final Pool pool;

  public QuestionStore(Pool pool) {
    this.pool = pool;
  }

  public Pool pool() {
    return pool;
  }

  /**
   * A question to add, with the history entries its creation records (e.g. CREATED, or CREATED and
   * APPROVED), and its own answering time (from an imported file), or null.
   */
  public record NewQuestion(String key, ReviewState state, QuestionContent content, Indexed indexed, long createdBy,
                            List<Note> events, Integer timeLimitSeconds) {
    public NewQuestion(String key, ReviewState state, QuestionContent content, Indexed indexed, long createdBy,
                       List<Note> events) {
      this(key, state, content, indexed, createdBy, events, null);
    }
  }

  /** A history entry written with a new question. */
  public record Note(ReviewAction action, String comment) {
  }

  /** Adds questions in a few batched statements (imports add thousands at once); returns their ids in order. */
  public Future<List<Long>> insertAll(SqlClient tx, List<NewQuestion> added) {
    if (added.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    List<Tuple> rows = added.stream().map(n -> Tuple.from(Arrays.asList(n.key(), n.state().status().name(),
        n.state().version(), n.state().authorId(), n.state().needsReview(), n.content().type().name(),
        n.content().visibility().name(), (short) n.content().difficulty(), n.content().audience().name(),
        n.content().text(), n.content().tags().toArray(String[]::new), n.indexed().searchText(),
        n.indexed().fingerprint(), n.timeLimitSeconds()))).toList();
    return tx.preparedQuery("INSERT INTO question (external_key, status, version, author_id, needs_review, type, "
            + "visibility, difficulty, audience, text, tags, search_folded, content_hash, time_limit_seconds) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id")
        .executeBatch(rows)
        .compose(result -> {
          List<Long> ids = new ArrayList<>(added.size());
          for (RowSet<Row> r = result; r != null; r = r.next()) {
            ids.add(r.iterator().next().getLong(0));
          }
          List<Tuple> versions = new ArrayList<>();
          List<Tuple> citations = new ArrayList<>();
          List<Tuple> events = new ArrayList<>();
          for (int i = 0; i < added.size(); i++) {
            NewQuestion n = added.get(i);
            long id = ids.get(i);
            versions.add(Tuple.of(id, n.state().version(), Jsons.write(n.content()), n.createdBy()));
            citations.addAll(citationRows(id, n.content()));
            for (Note note : n.events()) {
              events.add(Tuple.of(id, n.state().version(), n.createdBy(), note.action().name(), note.comment()));
            }
          }
          return tx.preparedQuery("INSERT INTO question_version (question_id, version, content, created_by) "
                  + "VALUES ($1, $2, $3::text::jsonb, $4)").executeBatch(versions)
              .compose(x -> tx.preparedQuery(INSERT_CITATION).executeBatch(citations))
              .compose(x -> events.isEmpty() ? Future.succeededFuture() : tx.preparedQuery(
                  "INSERT INTO question_event (question_id, version, actor_id, action, comment) VALUES ($1, $2, $3, $4, $5)")
                  .executeBatch(events))
              .map(ids);
        });
  }

  /** Stores a new version as current, if the question is still at the version the editor started from. */
  public Future<Boolean> saveVersion(SqlClient tx, long id, int expectedVersion, ReviewState next,
                                     QuestionContent content, Indexed indexed, long actorId) {
    return tx.preparedQuery("UPDATE question SET status = $3, version = $4, needs_review = $5, type = $6, "
            + "visibility = $7, difficulty = $8, audience = $9, text = $10, tags = $11, search_folded = $12, "
            + "content_hash = $13, updated_at = now() WHERE id = $1 AND version = $2")
        .execute(Tuple.from(Arrays.asList(id, expectedVersion, next.status().name(), next.version(), next.needsReview(),
            content.type().name(), content.visibility().name(), (short) content.difficulty(), content.audience().name(),
            content.text(), content.tags().toArray(String[]::new), indexed.searchText(), indexed.fingerprint())))
        .compose(rows -> rows.rowCount() == 0 ? Future.succeededFuture(false)
            : tx.preparedQuery("DELETE FROM question_citation WHERE question_id = $1").execute(Tuple.of(id))
                .compose(x -> saveVersionRows(tx, id, next.version(), content, actorId)).map(true));
  }

  private Future<Void> saveVersionRows(SqlClient tx, long id, int version, QuestionContent content, long createdBy) {
    return tx.preparedQuery("INSERT INTO question_version (question_id, version, content, created_by) "
            + "VALUES ($1, $2, $3::text::jsonb, $4)").execute(Tuple.of(id, version, Jsons.write(content), createdBy))
        .compose(x -> tx.preparedQuery(INSERT_CITATION).executeBatch(citationRows(id, content))).mapEmpty();
  }

  private static List<Tuple> citationRows(long id, QuestionContent content) {
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < content.citations().size(); i++) {
      Citation c = content.citations().get(i);
      rows.add(Tuple.of(id, (short) i, c.document(), c.article(), c.clause(), c.point()));
    }
    return rows;
  }

  /** Moves a question to its next review state, if nobody moved it first. */
  public Future<Boolean> transition(SqlClient tx, long id, ReviewState from, ReviewState to, Long reviewerId) {
    return tx.preparedQuery("UPDATE question SET status = $4, needs_review = $5, "
            + "needs_review_reason = CASE WHEN $5 THEN needs_review_reason END, "
            + "reviewer_id = COALESCE($6, reviewer_id), updated_at = now() "
            + "WHERE id = $1 AND status = $2 AND version = $3")
        .execute(Tuple.of(id, from.status().name(), from.version(), to.status().name(), to.needsReview(), reviewerId))
        .map(rows -> rows.rowCount() == 1);
  }

  /**
   * Keeps what a return says until the question is next approved or retired: the version returned and
   * the comment (a return), or nothing (an approval, a retirement).
   */
  public Future<Void> noteReturn(SqlClient tx, long id, ReviewAction action, int version, String comment) {
    if (action == ReviewAction.RETURNED) {
      return tx.preparedQuery("UPDATE question SET returned_version = $2, return_comment = $3 WHERE id = $1")
          .execute(Tuple.of(id, version, comment)).mapEmpty();
    }
    if (action == ReviewAction.APPROVED || action == ReviewAction.RETIRED) {
      return tx.preparedQuery("UPDATE question SET returned_version = NULL, return_comment = NULL WHERE id = $1")
          .execute(Tuple.of(id)).mapEmpty();
    }
    return Future.succeededFuture();
  }

  public Future<Void> record(SqlClient tx, long id, int version, Long actorId, ReviewAction action, String comment) {
    return tx.preparedQuery("INSERT INTO question_event (question_id, version, actor_id, action, comment) "
            + "VALUES ($1, $2, $3, $4, $5)")
        .execute(Tuple.of(id, version, actorId, action.name(), comment)).mapEmpty();
  }

  /** Who wrote the versions a reviewer would approve now: every version after the last approved one. */
  public Future<java.util.Set<Long>> writersUnderReview(SqlClient tx, long id) {
    return tx.preparedQuery("SELECT v.version, v.created_by, (SELECT coalesce(max(e.version), 0) FROM question_event e "
            + "WHERE e.question_id = $1 AND e.action = 'APPROVED') AS approved "
            + "FROM question_version v WHERE v.question_id = $1")
        .execute(Tuple.of(id)).map(rows -> {
          List<vn.luatvui.bank.review.WrittenVersion> versions = new ArrayList<>();
          int approved = 0;
          for (Row r : rows) {
            versions.add(new vn.luatvui.bank.review.WrittenVersion(r.getInteger(0), r.getLong(1)));
            approved = r.getInteger(2);
          }
          return vn.luatvui.bank.review.WrittenVersion.writersSince(versions, approved);
        });
  }

  public Future<StoredQuestion> find(SqlClient client, long id) {
    return client.preparedQuery(SELECT + "WHERE q.id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
  }

  public Future<QuestionContent> version(long id, int version) {
    return pool.preparedQuery("SELECT content::text FROM question_version WHERE question_id = $1 AND version = $2")
        .execute(Tuple.of(id, version))
        .map(rows -> rows.size() == 0 ? null : Jsons.read(rows.iterator().next().getString(0), QuestionContent.class));
  }

  public Future<List<HistoryEntry>> history(long id) {
    return pool.preparedQuery("SELECT e.id, e.version, e.actor_id, u.display_name, e.action, e.comment, e.created_at "
            + "FROM question_event e LEFT JOIN app_user u ON u.id = e.actor_id WHERE e.question_id = $1 ORDER BY e.id")
        .execute(Tuple.of(id))
        .map(rows -> {
          List<HistoryEntry> list = new ArrayList<>();
          rows.forEach(r -> list.add(new HistoryEntry(r.getLong(0), r.getInteger(1), r.getLong(2), r.getString(3),
              r.getString(4), r.getString(5), r.getOffsetDateTime(6))));
          return list;
        });
  }

  /** A question in the bank whose fingerprint (folded text and answers) an imported question shares. */
  public record Similar(long id, QuestionContent content) {
  }

  /**
   * For each fingerprint already in the bank (retired questions aside), the questions having it,
   * lowest id first: the caller tells exact repeats from near ones by their content.
   */
  public Future<Map<String, List<Similar>>> similar(List<String> fingerprints) {
    return pool.preparedQuery("SELECT q.content_hash, q.id, v.content::text FROM question q "
            + "JOIN question_version v ON v.question_id = q.id AND v.version = q.version "
            + "WHERE q.content_hash = ANY($1) AND q.status <> 'RETIRED' ORDER BY q.id")
        .execute(Tuple.of(fingerprints.toArray(String[]::new)))
        .map(rows -> {
          Map<String, List<Similar>> found = new HashMap<>();
          rows.forEach(r -> found.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
              .add(new Similar(r.getLong(1), Jsons.read(r.getString(2), QuestionContent.class))));
          return found;
        });
  }

  /**
   * The stored questions having these keys, as the starter bank compares them with its files; their rows
   * stay locked until the transaction ends, so no edit or retirement slips in between reading and writing.
   */
  Future<Map<String, StarterCopy>> starterCopies(SqlClient tx, List<String> keys, long owner) {
    return tx.preparedQuery("SELECT q.id, q.external_key, q.status, q.author_id, q.version, "
            + "q.needs_review, v.created_by, v.content::text, CASE WHEN v.created_by = $2 THEN NULL ELSE "
            + "(SELECT o.content::text FROM question_version o WHERE o.question_id = q.id AND o.created_by = $2 "
            + "ORDER BY o.version DESC LIMIT 1) END FROM question q "
            + "JOIN question_version v ON v.question_id = q.id AND v.version = q.version WHERE q.external_key = ANY($1) "
            + "ORDER BY q.id FOR UPDATE OF q")
        .execute(Tuple.of(keys.toArray(String[]::new), owner))
        .map(rows -> {
          Map<String, StarterCopy> copies = new HashMap<>();
          rows.forEach(r -> {
            ReviewState state = new ReviewState(QuestionStatus.valueOf(r.getString(2)), r.getLong(3), r.getInteger(4),
                r.getBoolean(5));
            QuestionContent current = Jsons.read(r.getString(7), QuestionContent.class);
            long writer = r.getLong(6);
            QuestionContent lastOwn = writer == owner ? current
                : r.getString(8) == null ? null : Jsons.read(r.getString(8), QuestionContent.class);
            copies.put(r.getString(1), new StarterCopy(r.getLong(0), state, writer, current, lastOwn));
          });
          return copies;
        });
  }

  public Future<List<Citing>> citing(String documentNumber) {
    return pool.preparedQuery("SELECT DISTINCT q.id, q.status, q.author_id, q.version, q.needs_review FROM question q "
            + "JOIN question_citation c ON c.question_id = q.id WHERE c.document_number = $1 ORDER BY q.id")
        .execute(Tuple.of(documentNumber))
        .map(rows -> {
          List<Citing> list = new ArrayList<>();
          rows.forEach(r -> list.add(new Citing(r.getLong(0), new ReviewState(QuestionStatus.valueOf(r.getString(1)),
              r.getLong(2), r.getInteger(3), r.getBoolean(4)))));
          return list;
        });
  }

  /** Flags the questions (those not flagged already) and records why; returns the ids actually flagged. */
  public Future<List<Long>> flag(SqlClient tx, List<Long> ids, String reason) {
    return tx.preparedQuery("UPDATE question SET needs_review = true, needs_review_reason = $2, updated_at = now() "
            + "WHERE id = ANY($1) AND NOT needs_review AND status <> 'RETIRED' RETURNING id, version")
        .execute(Tuple.of(ids.toArray(Long[]::new), reason))
        .compose(rows -> {
          List<Long> flagged = new ArrayList<>();
          List<Tuple> events = new ArrayList<>();
          rows.forEach(r -> {
            flagged.add(r.getLong(0));
            events.add(Tuple.of(r.getLong(0), r.getInteger(1), ReviewAction.FLAGGED.name(), reason));
          });
          if (events.isEmpty()) {
            return Future.succeededFuture(flagged);
          }
          return tx.preparedQuery("INSERT INTO question_event (question_id, version, action, comment) "
              + "VALUES ($1, $2, $3, $4)").executeBatch(events).map(flagged);
        });
  }

  /**
   * What the public lookup leaves out, whoever asks, on every server alike (all of it is in PostgreSQL):
   * a question withheld by a contest while any of that contest's rounds is not closed (its ranked pool
   * from publication, and every question an attempt drew), and a question of a game being played, lobby
   * to podium. Both are anti-joins on indexed question ids against small sets (unclosed rounds, live games).
   */
  static final String NOT_IN_PLAY = "NOT EXISTS (SELECT 1 FROM contest_withheld_question w "
      + "JOIN contest_round r ON r.contest_id = w.contest_id AND r.closed_at IS NULL WHERE w.question_id = q.id) "
      + "AND NOT EXISTS (SELECT 1 FROM game_question gq JOIN game g ON g.id = gq.game_id "
      + "AND g.status IN ('LOBBY', 'RUNNING') WHERE gq.question_id = q.id)";

  public Future<Page<StoredQuestion>> search(SearchFilter f) {
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    String words = SearchQuery.tsquery(f.query());
    List<Object> pageParams = new ArrayList<>(params);
    String order = f.oldestFirst() ? "ASC" : "DESC";
    String phrase = "false";
    if (words != null) {
      pageParams.add(SearchQuery.phrase(f.query()));
      phrase = "q.search_vector @@ to_tsquery('simple', $" + pageParams.size() + ")";
    }
    pageParams.add(f.size());
    pageParams.add((long) (f.page() - 1) * f.size());
    String page = "SELECT " + COLUMNS + FROM_PAGE.formatted(phrase, where, order, pageParams.size() - 1,
        pageParams.size()) + "ORDER BY page.phrase DESC, q.id " + order;
    Future<Long> total = pool.preparedQuery("SELECT count(*) FROM question q " + where).execute(Tuple.from(params))
        .map(rows -> rows.iterator().next().getLong(0));
    Future<List<StoredQuestion>> items = pool.preparedQuery(page).execute(Tuple.from(pageParams)).map(rows -> {
      List<StoredQuestion> list = new ArrayList<>();
      rows.forEach(r -> list.add(read(r)));
      return list;
    });
    return Future.all(total, items).map(x -> new Page<>(total.result(), f.page(), f.size(), items.result()));
  }

  /**
   * The public lookup's questions citing one Điều of a document, to practise it: exactly the lookup's
   * rules (its {@link SearchFilter#publicOnly} condition, contest pools and live games left out), less the
   * polls, which have no answer to get right. Oldest first, at most {@code limit}.
   */
  public Future<List<StoredQuestion>> practice(String document, int article, int limit) {
    SearchFilter lookup = new SearchFilter(null, List.of(), null, null, document, article, null, null, null, null,
        true, true, 1, limit);
    List<Object> params = new ArrayList<>();
    String where = where(lookup, params) + " AND q.type <> 'POLL'";
    params.add(lookup.size());
    return pool.preparedQuery(SELECT + where + " ORDER BY q.id LIMIT $" + params.size()).execute(Tuple.from(params))
        .map(rows -> {
          List<StoredQuestion> list = new ArrayList<>();
          rows.forEach(r -> list.add(read(r)));
          return list;
        });
  }

  /** The WHERE clause of a search, its parameters added to {@code params}. */
  static String where(SearchFilter f, List<Object> params) {
    StringBuilder where = new StringBuilder("WHERE true");
    String words = SearchQuery.tsquery(f.query());
    if (words != null) {
      params.add(words);
      where.append(" AND q.search_vector @@ to_tsquery('simple', $").append(params.size()).append(")");
    }
    if (f.publicOnly()) {
      where.append(" AND q.status = 'APPROVED' AND q.visibility = 'PUBLIC' AND NOT q.needs_review AND ")
          .append(NOT_IN_PLAY);
    }
    if (!f.statuses().isEmpty()) {
      params.add(f.statuses().stream().map(Enum::name).toArray(String[]::new));
      where.append(" AND q.status = ANY($").append(params.size()).append(")");
    }
    if (f.type() != null) {
      params.add(f.type().name());
      where.append(" AND q.type = $").append(params.size());
    }
    if (f.tag() != null) {
      params.add(new String[] {f.tag().toLowerCase(Locale.ROOT)});
      where.append(" AND q.tags @> $").append(params.size());
    }
    if (f.document() != null) {
      params.add(f.document());
      where.append(" AND EXISTS (SELECT 1 FROM question_citation c WHERE c.question_id = q.id AND c.document_number = $")
          .append(params.size());
      if (f.article() != null) {
        params.add(f.article());
        where.append(" AND c.article = $").append(params.size());
      }
      where.append(")");
    } else if (f.article() != null) {
      params.add(f.article());
      where.append(" AND EXISTS (SELECT 1 FROM question_citation c WHERE c.question_id = q.id AND c.article = $")
          .append(params.size()).append(")");
    }
    if (f.difficulty() != null) {
      params.add(f.difficulty().shortValue());
      where.append(" AND q.difficulty = $").append(params.size());
    }
    if (f.needsReview() != null) {
      params.add(f.needsReview());
      where.append(" AND q.needs_review = $").append(params.size());
    }
    if (f.returned() != null) {
      where.append(f.returned() ? " AND q.returned_version IS NOT NULL" : " AND q.returned_version IS NULL");
    }
    if (f.authorId() != null) {
      params.add(f.authorId());
      where.append(" AND q.author_id = $").append(params.size());
    }
    if (f.visibleToAuthor() != null) {
      params.add(f.visibleToAuthor());
      where.append(" AND (q.author_id = $").append(params.size()).append(" OR q.status = 'APPROVED')");
    }
    return where.toString();
  }

  /** A search without pages, as an export reads it: the statement and its parameters, for a cursor. */
  public record Listing(String sql, Tuple params) {
  }

  /** Every question of the search, in its order (the words side by side first, then newest or oldest). */
  public Listing listing(SearchFilter f) {
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    String phrase = "";
    if (SearchQuery.tsquery(f.query()) != null) {
      params.add(SearchQuery.phrase(f.query()));
      phrase = "q.search_vector @@ to_tsquery('simple', $" + params.size() + ") DESC, ";
    }
    String order = f.oldestFirst() ? "ASC" : "DESC";
    return new Listing(SELECT + where + " ORDER BY " + phrase + "q.id " + order, Tuple.from(params));
  }

  /** A count of the questions of one type with so many choices. */
  public record Shape(String type, int choices, long count) {
  }

  /** How many questions of the search there are of each type and number of choices (what decides what a format holds). */
  public Future<List<Shape>> shapes(SearchFilter f) {
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    return pool.preparedQuery("SELECT q.type, jsonb_array_length(coalesce(v.content->'choices', '[]'::jsonb)), "
            + "count(*) FROM question q " + JOINS + where + " GROUP BY 1, 2")
        .execute(Tuple.from(params))
        .map(rows -> {
          List<Shape> shapes = new ArrayList<>();
          rows.forEach(r -> shapes.add(new Shape(r.getString(0), r.getInteger(1), r.getLong(2))));
          return shapes;
        });
  }

  static StoredQuestion read(Row r) {
    ReviewState state = new ReviewState(QuestionStatus.valueOf(r.getString("status")), r.getLong("author_id"),
        r.getInteger("version"), r.getBoolean("needs_review"));
    return new StoredQuestion(r.getLong("id"), r.getString("external_key"), state,
        Jsons.read(r.getString("content"), QuestionContent.class), r.getString("author_name"),
        r.getLong("reviewer_id"), r.getString("needs_review_reason"), r.getOffsetDateTime("updated_at"),
        r.getInteger("returned_version") == null ? null
            : new StoredQuestion.Returned(r.getInteger("returned_version"), r.getString("return_comment")),
        r.getInteger("time_limit_seconds"));
  }

  /** What is stored beside the content for search and duplicate detection. */
  public record Indexed(String searchText, String fingerprint) {
  }
}
