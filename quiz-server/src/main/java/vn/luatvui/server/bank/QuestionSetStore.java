package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Question sets (bộ câu hỏi) in PostgreSQL. */
public final class QuestionSetStore {
  private static final String SUMMARY = "SELECT s.id, s.title, s.description, s.owner_id, u.display_name, s.shared, "
      + "s.updated_at, s.starter_key, s.topic, s.title_en, (SELECT count(*) FROM question_set_item i WHERE i.set_id = s.id) AS n "
      + "FROM question_set s JOIN app_user u ON u.id = s.owner_id ";

  /**
   * A set without its items. {@code starterKey}, {@code topic} and {@code titleEn} are set only on the
   * ready sets shipped with the starter bank (bộ câu hỏi mẫu).
   */
  public record SetSummary(long id, String title, String description, long ownerId, String ownerName, boolean shared,
                           long questionCount, OffsetDateTime updatedAt, String starterKey, String topic,
                           String titleEn) {
  }

  /**
   * One entry of a set: which question, how long to answer, how many points. A time left out when
   * writing (null) is the question's own time, else 20 seconds; it is always stored.
   */
  public record Item(long questionId, Integer timeLimitSeconds, int points) {
  }

  /** What an owner writes: the set and its ordered items. */
  public record SetBody(String title, String description, boolean shared, List<Item> items) {
  }

  private final Pool pool;

  public QuestionSetStore(Pool pool) {
    this.pool = pool;
  }

  public Pool pool() {
    return pool;
  }

  /** Sets the user owns or that are shared; everything when {@code everything}. */
  public Future<List<SetSummary>> list(long userId, boolean everything) {
    return pool.preparedQuery(SUMMARY + "WHERE $2 OR s.owner_id = $1 OR s.shared ORDER BY s.updated_at DESC")
        .execute(Tuple.of(userId, everything)).map(rows -> {
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

  public Future<Long> insert(SqlClient tx, long ownerId, SetBody body) {
    return tx.preparedQuery("INSERT INTO question_set (title, description, owner_id, shared) VALUES ($1, $2, $3, $4) "
            + "RETURNING id")
        .execute(Tuple.of(body.title(), body.description(), ownerId, body.shared()))
        .map(rows -> rows.iterator().next().getLong(0))
        .compose(id -> saveItems(tx, id, body.items()).map(id));
  }

  public Future<Boolean> update(SqlClient tx, long id, SetBody body) {
    return tx.preparedQuery("UPDATE question_set SET title = $2, description = $3, shared = $4, updated_at = now() "
            + "WHERE id = $1").execute(Tuple.of(id, body.title(), body.description(), body.shared()))
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
        r.getString("starter_key"), r.getString("topic"), r.getString("title_en"));
  }
}
