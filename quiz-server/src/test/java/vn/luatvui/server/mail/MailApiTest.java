package vn.luatvui.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.infra.FreePort;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** With SMTP configured, an invitation and a contest access code arrive by mail at a real SMTP server. */
class MailApiTest {
  private static final int SMTP_PORT = port();
  static final Inbox inbox = new Inbox(SMTP_PORT);
  @RegisterExtension
  static final RunningServer running = new RunningServer(Map.of("SMTP_HOST", "127.0.0.1",
      "SMTP_PORT", String.valueOf(SMTP_PORT), "SMTP_TLS", "none", "SMTP_FROM", "LuậtVui <no-reply@luatvui.test>"));

  private static int port() {
    try {
      return FreePort.find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stop() {
    inbox.close();
  }

  @Test
  void an_invited_account_receives_its_link_by_mail_and_the_admin_still_sees_it() throws Exception {
    HttpResponse<String> created = running.admin().post("/api/users", new JsonObject().put("email", "moi@phuong.vn")
        .put("displayName", "Trần Thị Mới").put("roles", new JsonArray().add("HOST")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject user = Http.json(created);
    assertThat(user.getBoolean("mailed")).isTrue();
    String link = user.getString("inviteUrl");

    MimeMessage mail = arrived("moi@phuong.vn");
    assertThat(mail.getSubject()).isEqualTo("Mời bạn đặt mật khẩu tài khoản LuậtVui");
    assertThat(Inbox.text(mail)).contains("Xin chào Trần Thị Mới").contains(link);
    assertThat(mail.getFrom()[0].toString()).contains("no-reply@luatvui.test");
  }

  @Test
  void a_contestant_receives_the_access_code_at_the_email_given_at_registration() throws Exception {
    running.admin().post("/api/users", new JsonObject().put("email", "doan@truong.vn").put("displayName", "Đoàn trường")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER")));
    Http organiser = running.http().login("doan@truong.vn", "mat-khau-du-dai");
    long id = Http.json(organiser.post("/api/contests/from-template", new JsonObject())).getLong("id");
    assertThat(organiser.post("/api/contests/" + id + "/publish", new JsonObject().put("publicQuestions", "KEEP"))
        .statusCode()).isEqualTo(200);
    long unit = new JsonArray(running.http().get("/api/contests/" + id + "/units").body()).getJsonObject(0).getLong("id");
    HttpResponse<String> registered = running.http().post("/api/contests/" + id + "/registrations", new JsonObject()
        .put("fullName", "Lê Văn Thi").put("birthDate", "2000-01-02").put("unitId", unit)
        .put("email", "thisinh@mail.vn").put("consent", new JsonObject().put("accepted", true)));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    String code = Http.json(registered).getString("accessCode");
    assertThat(Http.json(registered).getBoolean("mailed")).isTrue();

    MimeMessage mail = arrived("thisinh@mail.vn");
    assertThat(mail.getSubject()).startsWith("Mã dự thi của bạn: Cuộc thi mẫu");
    assertThat(Inbox.text(mail)).contains(code).contains("/contests/" + id);
  }

  private static MimeMessage arrived(String to) throws Exception {
    long until = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < until) {
      List<MimeMessage> got = inbox.received();
      for (MimeMessage m : got) {
        if (m.getAllRecipients()[0].toString().equals(to)) {
          return m;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no mail arrived for " + to);
  }
}
