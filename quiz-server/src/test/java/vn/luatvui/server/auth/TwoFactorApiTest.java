package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two-factor sign-in: enrolment, the code step, no replay, recovery codes, limits, the secret never shown again. */
class TwoFactorApiTest {
  @RegisterExtension
  static final AccountServer running = new AccountServer(Map.of());
  private static final Totp TOTP = new Totp();

  @Test
  void an_enrolled_account_signs_in_with_a_code_that_works_once() {
    running.account("hai.buoc@truong.edu.vn", "REVIEWER");
    Browser user = running.browser("198.51.100.1").signedIn("hai.buoc@truong.edu.vn", AccountServer.PASSWORD);
    byte[] secret = enrol(user);
    long now = Totp.step(Instant.now());

    assertThat(new JsonObject(user.get("/api/auth/me").body()).getBoolean("totpEnabled")).isTrue();
    assertThat(user.get("/api/auth/me").body()).doesNotContain(Totp.base32(secret));
    assertThat(user.post("/api/auth/totp/enrolment", "{}").statusCode()).as("the secret is not shown again").isEqualTo(409);

    Browser other = running.browser("198.51.100.2");
    HttpResponse<String> password = other.login("hai.buoc@truong.edu.vn", AccountServer.PASSWORD);
    assertThat(password.statusCode()).isEqualTo(202);
    assertThat(other.get("/api/auth/me").statusCode()).as("no session before the code").isEqualTo(401);
    String challenge = new JsonObject(password.body()).getString("challenge");

    assertThat(other.code(challenge, "000000".equals(TOTP.code(secret, now + 1)) ? "111111" : "000000").statusCode())
        .isEqualTo(401);
    String next = TOTP.code(secret, now + 1);
    assertThat(other.code(challenge, next).statusCode()).isEqualTo(200);
    assertThat(new JsonObject(other.get("/api/auth/me").body()).getString("email")).isEqualTo("hai.buoc@truong.edu.vn");

    Browser replay = running.browser("198.51.100.3");
    String again = new JsonObject(replay.login("hai.buoc@truong.edu.vn", AccountServer.PASSWORD).body()).getString("challenge");
    assertThat(replay.code(again, next).statusCode()).as("a code already used is refused").isEqualTo(401);
    assertThat(replay.code(again, TOTP.code(secret, now)).statusCode()).as("so is an older one").isEqualTo(401);
  }

  @Test
  void a_recovery_code_signs_in_once_and_codes_are_limited_per_challenge() {
    running.account("khoi.phuc@truong.edu.vn", "AUTHOR");
    Browser user = running.browser("198.51.100.4").signedIn("khoi.phuc@truong.edu.vn", AccountServer.PASSWORD);
    enrol(user);
    JsonArray codes = lastRecoveryCodes;
    assertThat(codes).hasSize(RecoveryCodes.COUNT);

    Browser lostPhone = running.browser("198.51.100.5");
    String challenge = new JsonObject(lostPhone.login("khoi.phuc@truong.edu.vn", AccountServer.PASSWORD).body())
        .getString("challenge");
    assertThat(lostPhone.code(challenge, codes.getString(0).toUpperCase()).statusCode()).isEqualTo(200);
    String second = new JsonObject(lostPhone.login("khoi.phuc@truong.edu.vn", AccountServer.PASSWORD).body())
        .getString("challenge");
    assertThat(lostPhone.code(second, codes.getString(0)).statusCode()).as("used once").isEqualTo(401);

    for (int i = 1; i < SignInLimits.CODES_PER_CHALLENGE; i++) {
      assertThat(lostPhone.code(second, "aaaaa-aaaa" + i).statusCode()).isEqualTo(401);
    }
    assertThat(lostPhone.code(second, codes.getString(1)).statusCode()).as("even a right code, past the limit")
        .isEqualTo(429);
  }

  @Test
  void turning_two_factor_off_needs_the_password() {
    running.account("tat.hai.buoc@truong.edu.vn", "HOST");
    Browser user = running.browser("198.51.100.6").signedIn("tat.hai.buoc@truong.edu.vn", AccountServer.PASSWORD);
    enrol(user);

    assertThat(user.post("/api/auth/totp/disable", new JsonObject().put("password", "khong-dung-dau")).statusCode())
        .isEqualTo(422);
    assertThat(user.post("/api/auth/totp/disable", new JsonObject().put("password", AccountServer.PASSWORD)).statusCode())
        .isEqualTo(204);
    assertThat(running.browser("198.51.100.7").login("tat.hai.buoc@truong.edu.vn", AccountServer.PASSWORD).statusCode())
        .isEqualTo(200);
  }

  private static JsonArray lastRecoveryCodes;

  /** Enrols the signed-in browser's account as a person would with an authenticator app; answers the secret. */
  static byte[] enrol(Browser user) {
    HttpResponse<String> started = user.post("/api/auth/totp/enrolment", "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonObject enrolment = new JsonObject(started.body());
    assertThat(enrolment.getString("uri")).startsWith("otpauth://totp/").contains("secret=" + enrolment.getString("secret"));
    byte[] secret = base32(enrolment.getString("secret"));
    HttpResponse<String> wrong = user.post("/api/auth/totp/enrolment/confirm", new JsonObject().put("code", "12345"));
    assertThat(wrong.statusCode()).isEqualTo(422);
    HttpResponse<String> confirmed = user.post("/api/auth/totp/enrolment/confirm",
        new JsonObject().put("code", TOTP.code(secret, Totp.step(Instant.now()))));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    lastRecoveryCodes = new JsonObject(confirmed.body()).getJsonArray("recoveryCodes");
    return secret;
  }

  static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
