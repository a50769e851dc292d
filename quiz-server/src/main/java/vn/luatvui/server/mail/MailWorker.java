package vn.luatvui.server.mail;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox. A run claims due messages with {@code FOR UPDATE SKIP LOCKED} and, in the same short
 * transaction, pushes their next attempt past a lease: no other worker (on this server or another) takes
 * them while this one talks to SMTP, and if this one dies they are retried once the lease ends. A sent
 * message is marked SENT and its variables cleared; a failure waits longer each time (base × 2^n, at most
 * six hours) and gives up as FAILED after {@link #MAX_ATTEMPTS}.
 */
public final class MailWorker {
  private static final Logger LOG = LoggerFactory.getLogger(MailWorker.class);
  public static final int MAX_ATTEMPTS = 8;
  private static final Duration MAX_DELAY = Duration.ofHours(6);

  private final Vertx vertx;
  private final Pool pool;
  private final MailSender sender;
  private final Duration retryBase;
  private final Duration lease;
  private final int batch;
  private boolean running;

  public MailWorker(Vertx vertx, Pool pool, MailSender sender, Duration retryBase, Duration lease, int batch) {
    this.vertx = vertx;
    this.pool = pool;
    this.sender = sender;
    this.retryBase = retryBase;
    this.lease = lease;
    this.batch = batch;
  }

  /** The production worker: a minute, then 2, 4… between attempts; five minutes to send a batch. */
  public static MailWorker standard(Vertx vertx, Pool pool, MailSender sender) {
    return new MailWorker(vertx, pool, sender, Duration.ofMinutes(1), Duration.ofMinutes(5), 20);
  }

  /** Runs every {@code every}; a run still going when the next is due is not doubled. */
  public void schedule(Duration every) {
    vertx.setPeriodic(every.toMillis(), id -> {
      if (running) {
        return;
      }
      running = true;
      runOnce().onComplete(done -> {
        running = false;
        if (done.failed()) {
          LOG.warn("Sending the mail outbox failed", done.cause());
        }
      });
    });
  }

  /** One run: claims up to a batch of due messages and sends them; the number sent. */
  public Future<Integer> runOnce() {
    return claim().compose(claimed -> {
      List<Future<Boolean>> sends = new ArrayList<>();
      for (Claimed c : claimed) {
        sends.add(deliver(c));
      }
      return Future.join(sends).map(all -> (int) sends.stream().filter(f -> Boolean.TRUE.equals(f.result())).count());
    });
  }

  private record Claimed(long id, MailTemplate template, String to, Map<String, String> vars, int attempts) {
  }

  private Future<List<Claimed>> claim() {
    return pool.withTransaction(tx -> tx.preparedQuery("UPDATE mail_outbox SET attempts = attempts + 1, "
            + "next_attempt_at = now() + make_interval(secs => $2) WHERE id IN (SELECT id FROM mail_outbox "
            + "WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT $1 "
            + "FOR UPDATE SKIP LOCKED) RETURNING id, template, recipient, vars::text, attempts")
        .execute(Tuple.of(batch, (double) lease.toSeconds())))
        .map(rows -> {
          List<Claimed> out = new ArrayList<>();
          for (Row r : rows) {
            Map<String, String> vars = new HashMap<>();
            new JsonObject(r.getString(3)).forEach(e -> vars.put(e.getKey(), String.valueOf(e.getValue())));
            out.add(new Claimed(r.getLong(0), MailTemplate.valueOf(r.getString(1)), r.getString(2), vars,
                r.getInteger(4)));
          }
          return out;
        });
  }

  private Future<Boolean> deliver(Claimed c) {
    return sender.send(c.to(), c.template().render(c.vars()))
        .compose(ok -> pool.preparedQuery("UPDATE mail_outbox SET status = 'SENT', sent_at = now(), vars = '{}', "
                + "last_error = NULL WHERE id = $1").execute(Tuple.of(c.id())).map(true))
        .recover(e -> {
          boolean last = c.attempts() >= MAX_ATTEMPTS;
          LOG.warn("Mail {} ({}) not sent, attempt {}{}: {}", c.id(), c.template(), c.attempts(),
              last ? ", giving up" : "", e.getMessage());
          return pool.preparedQuery("UPDATE mail_outbox SET status = $2, last_error = $3, "
                  + "next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1")
              .execute(Tuple.of(c.id(), last ? "FAILED" : "PENDING", String.valueOf(e.getMessage()),
                  (double) delay(c.attempts()).toSeconds()))
              .map(false);
        });
  }

  /** The wait after the n-th failed attempt. */
  Duration delay(int attempts) {
    Duration d = retryBase.multipliedBy(1L << Math.min(attempts - 1, 20));
    return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
  }
}
