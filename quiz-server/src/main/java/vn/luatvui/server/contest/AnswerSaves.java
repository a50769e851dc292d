package vn.luatvui.server.contest;

import static vn.luatvui.server.contest.ContestStore.at;
import static vn.luatvui.server.contest.ContestStore.instant;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.server.contest.domain.AttemptWindow;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.json.Jsons;

/**
 * Answer saves, written together: saves arriving within a couple of milliseconds, or while the previous
 * statements run, go to PostgreSQL in one statement and one commit, and each is acknowledged only once
 * that commit is durable. Thousands of
 * contestants clicking at once cost a few commits a second per connection instead of one each, which is
 * what the disk's flush rate limits. Each row is still checked on its own: the contestant's code, the
 * attempt not submitted, the clock (deadline plus grace). Two saves of the same question in one batch:
 * the later one wins, as it would one after the other (only saves with the owner's code are written).
 *
 * <p>A save is idempotent: one row per (attempt, question), so an answer sent again (a phone that lost
 * the reply, or that kept its answers while offline and sends them once the network is back) is stored
 * and counted once, and the same answer again keeps the time it first arrived. Whether it is late is
 * decided by this server's clock when it arrives (deadline plus {@link AttemptWindow#GRACE}); a time
 * the phone claims is never asked for.
 */
public final class AnswerSaves {
  /** How long the first save of a batch waits for others. */
  static final long LINGER_MS = 2;
  static final int MAX_BATCH = 500;
  /** Statements at a time: while they run, saves gather into the next one (fewer, larger commits). */
  static final int MAX_WRITING = 2;
  private static final String SQL = "WITH input AS (SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::bytea[]) "
      + "AS x(attempt_id, position, answer, code)), "
      + "ok AS (SELECT x.attempt_id, x.position, x.answer, x.code, a.deadline FROM input x "
      + "JOIN contest_attempt a ON a.id = x.attempt_id AND a.submitted_at IS NULL "
      + "AND $5 <= a.deadline + interval '" + AttemptWindow.GRACE.toSeconds() + " seconds' "
      + "JOIN contestant c ON c.id = a.contestant_id AND c.code_hash = x.code), "
      + "saved AS (INSERT INTO contest_answer (attempt_id, position, answer, answered_at) "
      + "SELECT attempt_id, position, answer::jsonb, $5 FROM ok ON CONFLICT (attempt_id, position) DO UPDATE "
      + "SET answer = excluded.answer, answered_at = CASE WHEN contest_answer.answer = excluded.answer "
      + "THEN contest_answer.answered_at ELSE excluded.answered_at END RETURNING attempt_id, position, (xmax = 0) AS first) "
      + "SELECT s.attempt_id, s.position, s.first, ok.deadline, "
      + "(SELECT count(*) FROM contest_answer n WHERE n.attempt_id = s.attempt_id), ok.code "
      + "FROM saved s JOIN ok ON ok.attempt_id = s.attempt_id AND ok.position = s.position";

  /** How one save went: written (with the questions answered now and the deadline), or refused (null deadline). */
  public record Saved(boolean written, int answered, Instant deadline) {
    static final Saved REFUSED = new Saved(false, 0, null);
  }

  /** One question of one attempt, as asked by the holder of one code (only the owner's code passes). */
  private record Key(long attemptId, int position, Buffer code) {
  }

  private record Pending(Key key, Buffer code, String answer, Context context, Promise<Saved> promise) {
  }

  private final Vertx vertx;
  private final Pool pool;
  private final Clock clock;
  private List<Pending> batch = new ArrayList<>();
  private boolean scheduled;
  private int writing;

  public AnswerSaves(Vertx vertx, Pool pool, Clock clock) {
    this.vertx = vertx;
    this.pool = pool;
    this.clock = clock;
  }

  /** Queues the save; the future completes, on the caller's context, once it is committed or refused. */
  public Future<Saved> save(long attemptId, Buffer code, int position, AnswerPayload answer) {
    Context context = vertx.getOrCreateContext();
    Promise<Saved> promise = Promise.promise();
    Pending pending = new Pending(new Key(attemptId, position, code), code, Jsons.write(answer), context, promise);
    boolean schedule;
    synchronized (this) {
      batch.add(pending);
      schedule = !scheduled && writing < MAX_WRITING;
      scheduled |= schedule;
    }
    if (schedule) {
      vertx.setTimer(LINGER_MS, id -> flush());
    }
    return promise.future();
  }

  /** Writes what has gathered, unless enough statements are already running: their end flushes it. */
  private void flush() {
    List<Pending> due;
    synchronized (this) {
      scheduled = false;
      if (batch.isEmpty() || writing >= MAX_WRITING) {
        return;
      }
      due = batch.size() <= MAX_BATCH ? batch : new ArrayList<>(batch.subList(0, MAX_BATCH));
      batch = batch.size() <= MAX_BATCH ? new ArrayList<>() : new ArrayList<>(batch.subList(MAX_BATCH, batch.size()));
      writing++;
    }
    write(due).onComplete(x -> {
      synchronized (this) {
        writing--;
      }
      flush();
    });
  }

  private Future<Void> write(List<Pending> pending) {
    Map<Key, Pending> last = new LinkedHashMap<>();
    pending.forEach(p -> last.put(p.key(), p));
    List<Pending> rows = new ArrayList<>(last.values());
    Long[] attempts = rows.stream().map(p -> p.key().attemptId()).toArray(Long[]::new);
    Integer[] positions = rows.stream().map(p -> p.key().position()).toArray(Integer[]::new);
    String[] answers = rows.stream().map(Pending::answer).toArray(String[]::new);
    Buffer[] codes = rows.stream().map(Pending::code).toArray(Buffer[]::new);
    return pool.preparedQuery(SQL).execute(Tuple.of(attempts, positions, answers, codes, at(clock.instant())))
        .andThen(result -> {
          Map<Key, Saved> outcome = new HashMap<>();
          if (result.succeeded()) {
            Map<Long, Integer> firsts = new HashMap<>();
            List<Row> written = new ArrayList<>();
            result.result().forEach(r -> {
              written.add(r);
              if (r.getBoolean(2)) {
                firsts.merge(r.getLong(0), 1, Integer::sum);
              }
            });
            for (Row r : written) {
              long attempt = r.getLong(0);
              outcome.put(new Key(attempt, r.getInteger(1), r.getBuffer(5)), new Saved(true,
                  (int) (r.getLong(4) + firsts.getOrDefault(attempt, 0)), instant(r, 3)));
            }
          }
          for (Pending p : pending) {
            p.context().runOnContext(x -> {
              if (result.failed()) {
                p.promise().fail(result.cause());
              } else {
                p.promise().complete(outcome.getOrDefault(p.key(), Saved.REFUSED));
              }
            });
          }
        }).mapEmpty();
  }
}
