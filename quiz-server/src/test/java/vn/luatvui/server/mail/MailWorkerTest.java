package vn.luatvui.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.sqlclient.Row;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.config.SmtpSettings;
import vn.luatvui.server.infra.FreePort;
import vn.luatvui.server.support.RunningServer;

/** The outbox worker against a real SMTP server: retries after a failure, and never sends a message twice. */
class MailWorkerTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  private static SmtpSender sender(int port) {
    return new SmtpSender(running.server().vertx(), SmtpSettings.from(name -> java.util.Optional.ofNullable(Map.of(
        "SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(port), "SMTP_TLS", "none",
        "SMTP_FROM", "no-reply@luatvui.test").get(name))));
  }

  private static Mail mail() {
    return new Mail(running.server().pool(), true);
  }

  private static Row outbox(String recipient) {
    return running.server().pool().preparedQuery("SELECT status, attempts, next_attempt_at > now() + interval '1 second', "
            + "last_error, vars::text FROM mail_outbox WHERE recipient = $1")
        .execute(io.vertx.sqlclient.Tuple.of(recipient)).await().iterator().next();
  }

  @org.junit.jupiter.api.BeforeEach
  void empty_outbox() {
    running.server().pool().query("DELETE FROM mail_outbox").execute().await();
  }

  @Test
  void a_message_the_smtp_server_refuses_is_retried_later_and_then_sent() throws Exception {
    int port = FreePort.find();
    MailWorker worker = new MailWorker(running.server().vertx(), running.server().pool(), sender(port),
        Duration.ofSeconds(3), Duration.ofMinutes(5), 10);
    mail().send(MailTemplate.REMINDER, "thulai@mail.vn", Map.of("name", "Hà", "subject", "Nhắc học",
        "message", "Bạn còn một khoá học.", "link", "https://luatvui.test/khoa-hoc")).await();

    assertThat(worker.runOnce().await()).isZero();
    Row failed = outbox("thulai@mail.vn");
    assertThat(failed.getString(0)).isEqualTo("PENDING");
    assertThat(failed.getInteger(1)).isEqualTo(1);
    assertThat(failed.getBoolean(2)).as("the next attempt waits").isTrue();
    assertThat(failed.getString(3)).isNotBlank();
    assertThat(worker.runOnce().await()).as("not due yet").isZero();

    try (Inbox inbox = new Inbox(port)) {
      Thread.sleep(3_200);
      assertThat(worker.runOnce().await()).isEqualTo(1);
      List<MimeMessage> got = inbox.await(1);
      assertThat(got).hasSize(1);
      assertThat(got.get(0).getSubject()).isEqualTo("Nhắc học");
      Row sent = outbox("thulai@mail.vn");
      assertThat(sent.getString(0)).isEqualTo("SENT");
      assertThat(sent.getInteger(1)).isEqualTo(2);
      assertThat(sent.getString(4)).as("the link is not kept once sent").isEqualTo("{}");
    }
  }

  @Test
  void two_workers_draining_the_same_outbox_send_every_message_once() throws Exception {
    int port = FreePort.find();
    try (Inbox inbox = new Inbox(port)) {
      int count = 40;
      for (int i = 0; i < count; i++) {
        mail().send(MailTemplate.REMINDER, "hai" + i + "@mail.vn", Map.of("name", "Người " + i, "subject",
            "Nhắc số " + i, "message", "Nội dung", "link", "https://luatvui.test/")).await();
      }
      MailWorker a = new MailWorker(running.server().vertx(), running.server().pool(), sender(port),
          Duration.ofSeconds(1), Duration.ofMinutes(5), 3);
      MailWorker b = new MailWorker(running.server().vertx(), running.server().pool(), sender(port),
          Duration.ofSeconds(1), Duration.ofMinutes(5), 3);
      CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> drain(a));
      CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> drain(b));
      assertThat(first.get() + second.get()).isEqualTo(count);
      assertThat(first.get()).as("both workers took part").isPositive();
      assertThat(second.get()).as("both workers took part").isPositive();
      Thread.sleep(500);
      List<MimeMessage> got = inbox.await(count);
      Set<String> subjects = new HashSet<>();
      for (MimeMessage m : got) {
        subjects.add(m.getSubject());
      }
      assertThat(got).hasSize(count);
      assertThat(subjects).hasSize(count);
    }
  }

  private static int drain(MailWorker worker) {
    int total = 0;
    for (int i = 0; i < 100; i++) {
      int n = worker.runOnce().await();
      total += n;
      if (n == 0 && pending() == 0) {
        return total;
      }
    }
    return total;
  }

  private static long pending() {
    return running.server().pool().query("SELECT count(*) FROM mail_outbox WHERE status = 'PENDING'").execute().await()
        .iterator().next().getLong(0);
  }
}
