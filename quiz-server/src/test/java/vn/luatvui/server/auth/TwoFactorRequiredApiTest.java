package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.AppConfig;

/** With TOTP_REQUIRED_ROLES=reviewer, a reviewer without TOTP is sent to enrol before anything else. */
class TwoFactorRequiredApiTest {
  @RegisterExtension
  static final AccountServer running = new AccountServer(Map.of(AppConfig.TOTP_REQUIRED_ROLES, "reviewer"));

  @Test
  void a_reviewer_without_totp_must_enrol_first_and_cannot_turn_it_off() {
    Browser admin = running.admin();
    assertThat(new JsonObject(admin.get("/api/auth/me").body()).getBoolean("totpEnrolmentRequired")).isTrue();
    HttpResponse<String> blocked = admin.get("/api/users");
    assertThat(blocked.statusCode()).isEqualTo(403);
    assertThat(PasswordsApiTest.error(blocked)).isEqualTo("totp_enrolment_required");

    TwoFactorApiTest.enrol(admin);

    assertThat(admin.get("/api/users").statusCode()).isEqualTo(200);
    assertThat(admin.post("/api/auth/totp/disable", new JsonObject().put("password", "mat-khau-quan-tri-1")).statusCode())
        .isEqualTo(409);
  }
}
