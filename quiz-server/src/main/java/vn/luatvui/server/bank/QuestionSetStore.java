package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Question sets (bộ câu hỏi) in PostgreSQL. */
public final class QuestionSetStore {
  private static final String SUMMARY = "SELECT s.id, s.title, s.description, s.owner_id, u.display_name, s.shared, "
      + "s.updated_at, s.starter_key, s.topic, s.title_en, (SELECT count(*) FROM question_set_item i WHERE i.set_id = s.id) AS n, "
      + "s.shared_contest_id, (SELECT c.title FROM contest c WHERE c.id = s.shared_contest_id) AS contest_title, "
      + "s.shared_user_id, p.email AS shared_email, p.display_name AS shared_name "
      + "FROM question_set s JOIN app_user u ON u.id = s.owner_id LEFT JOIN app_user p ON p.id = s.shared_user_id ";

  /**
   * A set without its items. {@code starterKey}, {@code topic} and {@code titleEn} are set only on the
   * ready sets shipped with the starter bank (bộ câu hỏi mẫu). Besides {@code shared} (every host), a set
   * may be shared with one contest (its pool draws from it; no host's list shows it) or with one person.
   */
  public record SetSummary(long id, String title, String description, long ownerId, String ownerName, boolean shared,
                           long questionCount, OffsetDateTime updatedAt, String starterKey, String topic,
                           String titleEn, Long sharedContestId, String sharedContestTitle, Long sharedUserId,
                           String sharedWith, String sharedWithName) {
  }

  /**
   * One entry of a set: which question, how long to answer, how many points. A time left out when
   * writing (null) is the question's own time, else 20 seconds; it is always stored.
   */
  public record Item(long questionId, Integer timeLimitSeconds, int points) {
  }

  /**
   * What an owner writes: the set and its ordered items; {@code sharedContestId} and {@code sharedWith}
   * (an account's email address) share it with one contest or one person.
   */
  public record SetBody(String title, String description, boolean shared, List<Item> items, Long sharedContestId,
                        String sharedWith) {
  }

  /** Who a set is shared with besides its owner, resolved: a contest and/or an account. */
  public record Sharing(boolean everyone, Long contestId, Long userId) {
  }

  private final Pool pool;

  public QuestionSetStore(Pool pool) {
    this.pool = pool;
  }

  public Pool pool() {
    return pool;
  }

  /**
   * Sets the user owns, shared with every host or with them; everything when {@code everything}. With
   * {@code contestId}, also the sets shared with that contest when the user organises it: a set shared
   * with a contest is on no host's list, so its questions cannot be played in class during the contest.
   */
  public Future<List<SetSummary>> list(long userId, boolean everything, Long contestId) {
    return pool.preparedQuery(SUMMARY + "WHERE $2 OR s.owner_id = $1 OR s.shared OR s.shared_user_id = $1 "
            + "OR ($3::bigint IS NOT NULL AND s.shared_contest_id = $3 AND EXISTS (SELECT 1 FROM contest c "
            + "WHERE c.id = $3 AND c.owner_id = $1)) ORDER BY s.updated_at DESC")
        .execute(Tuple.tuple(Arrays.asList(userId, everything, contestId))).map(rows -> {
          List<SetSummary> list = new ArrayList<>();
          rows.forEach(r -> list.add(summary(r)));
          return list;
        });
  }

  public Future<SetSummary> find(SqlClient client, long id) {
    return client.preparedQuery(SUMMARY + "WHERE s.id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : summary(rows.iterator().next()));
  }

  public Future<List<Item>> items(SqlClient client, long id) {
    return client.preparedQuery("SELECT question_id, time_limit_seconds, points FROM question_set_item "
            + "WHERE set_id = $1 ORDER BY position").execute(Tuple.of(id))
        .map(rows -> {
          List<Item> items = new ArrayList<>();
          rows.forEach(r -> items.add(new Item(r.getLong(0), r.getInteger(1), r.getInteger(2))));
          return items;
        });
  }

  /** The account with this email address (case aside), or null. */
  public Future<Long> userByEmail(String email) {
    return pool.preparedQuery("SELECT id FROM app_user WHERE lower(email) = lower($1)").execute(Tuple.of(email))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
  }

  public Future<Boolean> contestExists(long contestId) {
    return pool.preparedQuery("SELECT 1 FROM contest WHERE id = $1").execute(Tuple.of(contestId))
        .map(rows -> rows.size() == 1);
  }

  public Future<Long> insert(SqlClient tx, long ownerId, SetBody body, Sharing sharing) {
    return tx.preparedQuery("INSERT INTO question_set (title, description, owner_id, shared, shared_contest_id, "
            + "shared_user_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
        .execute(Tuple.tuple(Arrays.asList(body.title(), body.description(), ownerId, sharing.everyone(),
            sharing.contestId(), sharing.userId())))
        .map(rows -> rows.iterator().next().getLong(0))
        .compose(id -> saveItems(tx, id, body.items()).map(id));
  }

  public Future<Boolean> update(SqlClient tx, long id, SetBody body, Sharing sharing) {
    return tx.preparedQuery("UPDATE question_set SET title = $2, description = $3, shared = $4, shared_contest_id = $5, "
            + "shared_user_id = $6, updated_at = now() WHERE id = $1")
        .execute(Tuple.tuple(Arrays.asList(id, body.title(), body.description(), sharing.everyone(), sharing.contestId(),
            sharing.userId())))
        .compose(rows -> rows.rowCount() == 0 ? Future.succeededFuture(false)
            : tx.preparedQuery("DELETE FROM question_set_item WHERE set_id = $1").execute(Tuple.of(id))
                .compose(x -> saveItems(tx, id, body.items())).map(true));
  }

  public Future<Boolean> delete(long id) {
    return pool.preparedQuery("DELETE FROM question_set WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.rowCount() == 1);
  }

  private Future<Void> saveItems(SqlClient tx, long setId, List<Item> items) {
    if (items.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      batch.add(Tuple.of(setId, i, item.questionId(), item.timeLimitSeconds(), item.points()));
    }
    return tx.preparedQuery("INSERT INTO question_set_item (set_id, position, question_id, time_limit_seconds, points) "
        + "VALUES ($1, $2, $3, $4, $5)").executeBatch(batch).mapEmpty();
  }

  private static SetSummary summary(Row r) {
    return new SetSummary(r.getLong("id"), r.getString("title"), r.getString("description"), r.getLong("owner_id"),
        r.getString("display_name"), r.getBoolean("shared"), r.getLong("n"), r.getOffsetDateTime("updated_at"),
        r.getString("starter_key"), r.getString("topic"), r.getString("title_en"), r.getLong("shared_contest_id"),
        r.getString("contest_title"), r.getLong("shared_user_id"), r.getString("shared_email"), r.getString("shared_name"));
  }
}
