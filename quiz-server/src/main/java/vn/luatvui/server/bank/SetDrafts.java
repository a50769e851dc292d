package vn.luatvui.server.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import vn.luatvui.server.json.Jsons;

/** Unsaved changes to a question set (bản nháp), one per person and set, in PostgreSQL. */
public final class SetDrafts {
  /**
   * What the editor holds: the set's fields and its items, each with the question's words so the list
   * reads the same when the draft is restored on another device.
   */
  public record Draft(String title, String description, boolean shared, Long sharedContestId, String sharedWith,
                      List<DraftItem> items) {
  }

  /** One item of a draft. */
  public record DraftItem(long questionId, int timeLimitSeconds, int points, String text) {
  }

  /** A stored draft and when it was last written; {@code draft} is null when there is none. */
  public record Stored(Draft draft, OffsetDateTime savedAt) {
  }

  private final Pool pool;

  public SetDrafts(Pool pool) {
    this.pool = pool;
  }

  public Future<Stored> find(long userId, long setId) {
    return pool.preparedQuery("SELECT body, updated_at FROM question_set_draft WHERE user_id = $1 AND set_id = $2")
        .execute(Tuple.of(userId, setId)).map(rows -> {
          if (rows.size() == 0) {
            return new Stored(null, null);
          }
          Row row = rows.iterator().next();
          return new Stored(read(String.valueOf(row.getValue(0))), row.getOffsetDateTime(1));
        });
  }

  /** Writes the person's draft of the set, replacing the one before. */
  public Future<Stored> keep(long userId, long setId, Draft draft) {
    return pool.preparedQuery("INSERT INTO question_set_draft (user_id, set_id, body) VALUES ($1, $2, $3) "
            + "ON CONFLICT (user_id, set_id) DO UPDATE SET body = EXCLUDED.body, updated_at = now() RETURNING updated_at")
        .execute(Tuple.of(userId, setId, new JsonObject(write(draft))))
        .map(rows -> new Stored(draft, rows.iterator().next().getOffsetDateTime(0)));
  }

  /** Removes the person's draft of the set, if any. */
  public Future<Void> discard(SqlClient client, long userId, long setId) {
    return client.preparedQuery("DELETE FROM question_set_draft WHERE user_id = $1 AND set_id = $2")
        .execute(Tuple.of(userId, setId)).mapEmpty();
  }

  public Pool pool() {
    return pool;
  }

  private static String write(Draft draft) {
    try {
      return Jsons.MAPPER.writeValueAsString(draft);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A set draft does not write as JSON", e);
    }
  }

  private static Draft read(String json) {
    try {
      return Jsons.MAPPER.readValue(json, Draft.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored set draft does not read", e);
    }
  }
}
