package vn.luatvui.server.mail;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import vn.luatvui.server.json.Jsons;

/**
 * Queues mail: a row in {@code mail_outbox}, sent later by {@link MailWorker}, so a request never waits on
 * SMTP. With mail off (no SMTP_HOST) nothing is queued and {@link #enabled()} is false: screens then show
 * the link or the code to copy. Queued inside the caller's transaction, a message exists exactly when
 * what it announces does.
 */
public final class Mail {
  private final Pool pool;
  private final boolean enabled;

  public Mail(Pool pool, boolean enabled) {
    this.pool = pool;
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  /** Queues one message; true when queued, false when mail is off. */
  public Future<Boolean> send(MailTemplate template, String to, Map<String, String> vars) {
    return send(pool, template, to, vars);
  }

  /** Queues one message through {@code client} (a transaction, so that it commits with the caller's writes). */
  public Future<Boolean> send(SqlClient client, MailTemplate template, String to, Map<String, String> vars) {
    if (!enabled || to == null || to.isBlank()) {
      return Future.succeededFuture(false);
    }
    var missing = template.missing(vars);
    if (!missing.isEmpty()) {
      return Future.failedFuture(new IllegalArgumentException("Mail " + template + " lacks " + missing));
    }
    return client.preparedQuery("INSERT INTO mail_outbox (template, recipient, vars) VALUES ($1, $2, $3::text::jsonb)")
        .execute(Tuple.of(template.name(), to.strip(), Jsons.write(vars)))
        .map(rows -> true);
  }
}
