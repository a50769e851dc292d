package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Changing one's password, the admin's reset and the change it forces, the policy, and sessions ending. */
class PasswordsApiTest {
  @RegisterExtension
  static final AccountServer running = new AccountServer(Map.of());

  private static JsonObject change(String current, String next) {
    return new JsonObject().put("currentPassword", current).put("newPassword", next);
  }

  @Test
  void changing_the_password_needs_the_current_one_and_signs_out_every_other_session() {
    running.account("doi.mat.khau@truong.edu.vn", "HOST");
    Browser laptop = running.browser("198.51.100.1").signedIn("doi.mat.khau@truong.edu.vn", AccountServer.PASSWORD);
    Browser phone = running.browser("198.51.100.2").signedIn("doi.mat.khau@truong.edu.vn", AccountServer.PASSWORD);

    HttpResponse<String> wrong = laptop.post("/api/auth/password", change("khong-phai-mat-khau", "cau-dai-de-nho-cua-co-lan"));
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(error(wrong)).isEqualTo("wrong_password");
    assertThat(phone.get("/api/auth/me").statusCode()).isEqualTo(200);

    HttpResponse<String> changed = laptop.post("/api/auth/password", change(AccountServer.PASSWORD, "cau-dai-de-nho-cua-co-lan"));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

    assertThat(laptop.get("/api/auth/me").statusCode()).as("the session that changed it stays").isEqualTo(200);
    assertThat(phone.get("/api/auth/me").statusCode()).as("every other session ends").isEqualTo(401);
    assertThat(running.browser("198.51.100.3").login("doi.mat.khau@truong.edu.vn", AccountServer.PASSWORD).statusCode())
        .isEqualTo(401);
    running.browser("198.51.100.3").signedIn("doi.mat.khau@truong.edu.vn", "cau-dai-de-nho-cua-co-lan");
  }

  @Test
  void common_and_guessable_passwords_are_refused_with_a_reason() {
    running.account("chinh.sach@truong.edu.vn", "HOST");
    Browser user = running.browser("198.51.100.4").signedIn("chinh.sach@truong.edu.vn", AccountServer.PASSWORD);

    for (String weak : new String[] {"matkhau123", "Mật-Khẩu-2024", "aaaaaaaaaa", "qwertyuiop", "ngắn"}) {
      HttpResponse<String> refused = user.post("/api/auth/password", change(AccountServer.PASSWORD, weak));
      assertThat(refused.statusCode()).as(weak).isEqualTo(422);
      assertThat(error(refused)).as(weak).isEqualTo("weak_password");
      assertThat(new JsonObject(refused.body()).getJsonObject("error").getString("message")).isNotBlank();
    }
    HttpResponse<String> created = running.admin().post("/api/users", new JsonObject().put("email", "yeu@truong.edu.vn")
        .put("displayName", "Mật khẩu yếu").put("password", "password123").put("roles", new io.vertx.core.json.JsonArray()));
    assertThat(created.statusCode()).isEqualTo(400);
    assertThat(created.body()).contains("phổ biến");
  }

  @Test
  void an_admin_reset_signs_the_user_out_and_forces_a_change_before_anything_else() {
    long id = running.account("quen.mat.khau@truong.edu.vn", "AUTHOR");
    Browser old = running.browser("198.51.100.5").signedIn("quen.mat.khau@truong.edu.vn", AccountServer.PASSWORD);

    HttpResponse<String> reset = running.admin().post("/api/users/" + id + "/password-reset", new JsonObject());
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    String temporary = new JsonObject(reset.body()).getString("temporaryPassword");
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
    assertThat(old.get("/api/auth/me").statusCode()).as("the reset ends the user's sessions").isEqualTo(401);
    assertThat(running.browser("198.51.100.6").login("quen.mat.khau@truong.edu.vn", AccountServer.PASSWORD).statusCode())
        .isEqualTo(401);

    Browser user = running.browser("198.51.100.6").signedIn("quen.mat.khau@truong.edu.vn", temporary);
    assertThat(new JsonObject(user.get("/api/auth/me").body()).getBoolean("mustChangePassword")).isTrue();
    HttpResponse<String> blocked = user.get("/api/questions");
    assertThat(blocked.statusCode()).isEqualTo(403);
    assertThat(error(blocked)).isEqualTo("password_change_required");

    HttpResponse<String> changed = user.post("/api/auth/password", change(temporary, "mot-cau-moi-that-dai-va-rieng"));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(new JsonObject(changed.body()).getBoolean("mustChangePassword")).isFalse();
    assertThat(user.get("/api/questions").statusCode()).isEqualTo(200);
  }

  @Test
  void an_admin_may_set_the_temporary_password_but_not_a_weak_one() {
    long id = running.account("dat.lai@truong.edu.vn", "HOST");
    Browser admin = running.admin();

    assertThat(admin.post("/api/users/" + id + "/password-reset", new JsonObject().put("password", "matkhau123"))
        .statusCode()).isEqualTo(422);
    HttpResponse<String> set = admin.post("/api/users/" + id + "/password-reset",
        new JsonObject().put("password", "tam-thoi-cho-thay-giao-moi"));
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(new JsonObject(set.body()).getValue("temporaryPassword")).isNull();
    running.browser("198.51.100.7").signedIn("dat.lai@truong.edu.vn", "tam-thoi-cho-thay-giao-moi");
    assertThat(running.browser("198.51.100.8").signedIn("dat.lai@truong.edu.vn", "tam-thoi-cho-thay-giao-moi")
        .post("/api/users/" + id + "/password-reset", new JsonObject()).statusCode()).isEqualTo(403);
  }

  static String error(HttpResponse<String> response) {
    return new JsonObject(response.body()).getJsonObject("error").getString("code");
  }
}
