package vn.luatvui.server.bank;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.auth.UserStore;
import vn.luatvui.server.json.Jsons;

/**
 * Ready question sets by topic (bộ câu hỏi mẫu) built from the starter bank, described in
 * {@code starter-bank/sets.json} by the stable keys of their questions. They belong to the starter-bank
 * owner and are shared with every host. Loading again adds nothing twice (a set is matched by its key);
 * a question flagged for review or not approved when a set is made is left out of it.
 */
public final class StarterSets {
  private static final Logger LOG = LoggerFactory.getLogger(StarterSets.class);
  static final String FILE = StarterBank.FOLDER + "sets.json";

  /** A name or description in both languages. */
  public record Text(String vi, String en) {
  }

  /** One shipped set: its stable key, topic, names and the keys of its questions in order. */
  public record StarterSet(String key, String topic, Text title, Text description, List<String> questions) {
  }

  record Found(long id, String type, boolean playable) {
  }

  private final Pool pool;
  private final UserStore users;

  public StarterSets(Pool pool, UserStore users) {
    this.pool = pool;
    this.users = users;
  }

  /** Adds the shipped sets not in the database yet; returns how many were added. */
  public Future<Integer> load() {
    List<StarterSet> shipped = read();
    return pool.query("SELECT starter_key FROM question_set WHERE starter_key IS NOT NULL").execute().compose(rows -> {
      Set<String> have = new HashSet<>();
      rows.forEach(r -> have.add(r.getString(0)));
      List<StarterSet> missing = shipped.stream().filter(s -> !have.contains(s.key())).toList();
      return missing.isEmpty() ? Future.succeededFuture(0)
          : users.starterBankOwner().compose(owner -> pool.withTransaction(tx -> insertAll(tx, owner, missing)));
    }).onSuccess(n -> {
      if (n > 0) {
        LOG.info("Starter sets: {} set(s) added", n);
      }
    });
  }

  private Future<Integer> insertAll(SqlClient tx, long owner, List<StarterSet> missing) {
    List<String> keys = missing.stream().flatMap(s -> s.questions().stream()).distinct().toList();
    return tx.preparedQuery("SELECT external_key, id, type, status = 'APPROVED' AND NOT needs_review FROM question "
            + "WHERE external_key = ANY($1)").execute(Tuple.of(keys.toArray(String[]::new)))
        .compose(rows -> {
          Map<String, Found> found = new HashMap<>();
          rows.forEach(r -> found.put(r.getString(0), new Found(r.getLong(1), r.getString(2), r.getBoolean(3))));
          Future<Integer> chain = Future.succeededFuture(0);
          for (StarterSet set : missing) {
            List<QuestionSetStore.Item> items = items(set, found);
            chain = chain.compose(n -> insert(tx, owner, set, items).map(added -> n + (added ? 1 : 0)));
          }
          return chain;
        });
  }

  /** The set's playable questions in order; a key the bank does not know is a shipping mistake. */
  static List<QuestionSetStore.Item> items(StarterSet set, Map<String, Found> found) {
    List<QuestionSetStore.Item> items = new ArrayList<>();
    for (String key : set.questions()) {
      Found q = found.get(key);
      if (q == null) {
        throw new IllegalStateException("Starter set " + set.key() + " names question " + key
            + ", which is not in the starter bank");
      }
      if (q.playable()) {
        boolean quick = "SINGLE_CHOICE".equals(q.type()) || "TRUE_FALSE".equals(q.type());
        items.add(new QuestionSetStore.Item(q.id(), quick ? 20 : 30, 1000));
      }
    }
    return items;
  }

  /** Inserts one set unless another server did just now (the key is unique); returns whether it did. */
  private static Future<Boolean> insert(SqlClient tx, long owner, StarterSet set, List<QuestionSetStore.Item> items) {
    return tx.preparedQuery("INSERT INTO question_set (title, description, owner_id, shared, starter_key, topic, title_en) "
            + "VALUES ($1, $2, $3, true, $4, $5, $6) ON CONFLICT (starter_key) DO NOTHING RETURNING id")
        .execute(Tuple.of(set.title().vi(), set.description().vi(), owner, set.key(), set.topic(), set.title().en()))
        .compose(rows -> {
          if (rows.size() == 0) {
            return Future.succeededFuture(false);
          }
          long id = rows.iterator().next().getLong(0);
          List<Tuple> batch = new ArrayList<>();
          for (int i = 0; i < items.size(); i++) {
            QuestionSetStore.Item item = items.get(i);
            batch.add(Tuple.of(id, i, item.questionId(), item.timeLimitSeconds(), item.points()));
          }
          return batch.isEmpty() ? Future.succeededFuture(true)
              : tx.preparedQuery("INSERT INTO question_set_item (set_id, position, question_id, time_limit_seconds, "
                  + "points) VALUES ($1, $2, $3, $4, $5)").executeBatch(batch).map(true);
        });
  }

  /** The shipped sets, as described in the resource. */
  public static List<StarterSet> read() {
    InputStream in = StarterSets.class.getClassLoader().getResourceAsStream(FILE);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + FILE);
    }
    try (in) {
      return Jsons.MAPPER.readValue(in, new TypeReference<List<StarterSet>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException("The starter sets " + FILE + " do not read", e);
    }
  }
}
