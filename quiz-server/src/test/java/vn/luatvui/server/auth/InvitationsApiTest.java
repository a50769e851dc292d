package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Accounts made without a password, one or many from CSV, and the links with which their owners choose one. */
class InvitationsApiTest {
  @RegisterExtension
  static final AccountServer running = new AccountServer(Map.of());

  private static String token(String inviteUrl) {
    assertThat(inviteUrl).contains("/dat-mat-khau#");
    return inviteUrl.substring(inviteUrl.indexOf('#') + 1);
  }

  private static JsonObject accept(String token, String password) {
    return new JsonObject().put("token", token).put("password", password);
  }

  @Test
  void an_account_needs_at_least_one_role_and_without_a_password_it_gets_a_link() {
    Browser admin = running.admin();
    HttpResponse<String> noRole = admin.post("/api/users", new JsonObject().put("email", "khong.vai.tro@truong.edu.vn")
        .put("displayName", "Không vai trò").put("roles", new JsonArray()));
    assertThat(noRole.statusCode()).isEqualTo(400);
    assertThat(noRole.body()).contains("ít nhất một vai trò");

    HttpResponse<String> created = admin.post("/api/users", new JsonObject().put("email", "co.hoa@truong.edu.vn")
        .put("displayName", "Cô Hoa").put("roles", new JsonArray().add("HOST")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject user = new JsonObject(created.body());
    assertThat(user.getBoolean("invited")).isTrue();
    String token = token(user.getString("inviteUrl"));

    assertThat(running.browser("198.51.100.20").login("co.hoa@truong.edu.vn", "").statusCode())
        .as("an invited account has no password that signs in").isEqualTo(401);
    JsonArray users = new JsonArray(admin.get("/api/users").body());
    assertThat(users.stream().map(JsonObject.class::cast).filter(u -> u.getString("email").equals("co.hoa@truong.edu.vn"))
        .findFirst().orElseThrow().getBoolean("invited")).isTrue();

    Browser teacher = running.browser("198.51.100.21");
    HttpResponse<String> who = teacher.post("/api/auth/invitation", new JsonObject().put("token", token));
    assertThat(who.statusCode()).isEqualTo(200);
    assertThat(new JsonObject(who.body()).getString("email")).isEqualTo("co.hoa@truong.edu.vn");

    HttpResponse<String> weak = teacher.post("/api/auth/invitation/accept", accept(token, "matkhau123"));
    assertThat(weak.statusCode()).as("the password policy applies").isEqualTo(422);
    assertThat(new JsonObject(weak.body()).getJsonObject("error").getString("code")).isEqualTo("weak_password");

    HttpResponse<String> set = teacher.post("/api/auth/invitation/accept", accept(token, "bang-den-phan-trang-lop-9a"));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    teacher.signedIn("co.hoa@truong.edu.vn", "bang-den-phan-trang-lop-9a");

    HttpResponse<String> again = running.browser("198.51.100.22").post("/api/auth/invitation/accept",
        accept(token, "mot-cau-khac-cung-du-dai"));
    assertThat(again.statusCode()).as("a link works once").isEqualTo(404);
    assertThat(running.browser("198.51.100.22").login("co.hoa@truong.edu.vn", "mot-cau-khac-cung-du-dai").statusCode())
        .isEqualTo(401);
  }

  @Test
  void a_new_link_replaces_the_old_one_and_an_expired_link_does_not_work() {
    Browser admin = running.admin();
    long id = new JsonObject(admin.post("/api/users", new JsonObject().put("email", "thay.nam@truong.edu.vn")
        .put("displayName", "Thầy Nam").put("roles", new JsonArray().add("AUTHOR"))).body()).getLong("id");
    HttpResponse<String> first = admin.post("/api/users/" + id + "/invitation", new JsonObject());
    HttpResponse<String> second = admin.post("/api/users/" + id + "/invitation", new JsonObject());
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    String old = token(new JsonObject(first.body()).getString("inviteUrl"));
    String fresh = token(new JsonObject(second.body()).getString("inviteUrl"));

    Browser anyone = running.browser("198.51.100.30");
    assertThat(anyone.post("/api/auth/invitation", new JsonObject().put("token", old)).statusCode()).isEqualTo(404);
    assertThat(anyone.post("/api/auth/invitation", new JsonObject().put("token", fresh)).statusCode()).isEqualTo(200);

    running.sql("UPDATE account_invitation SET expires_at = now() - interval '1 minute' WHERE user_id = " + id);
    HttpResponse<String> expired = anyone.post("/api/auth/invitation/accept", accept(fresh, "bang-den-phan-trang-lop-9a"));
    assertThat(expired.statusCode()).isEqualTo(404);
    assertThat(new JsonObject(expired.body()).getJsonObject("error").getString("message")).contains("hết hạn");
  }

  @Test
  void a_csv_file_with_any_bad_row_creates_nothing_and_names_every_problem() {
    Browser admin = running.admin();
    running.account("da.co@truong.edu.vn", "HOST");
    String csv = "\uFEFFemail;họ tên;vai trò\r\n"
        + "mot@truong.edu.vn;Người Một;Giáo viên\r\n"
        + "khong-phai-email;Người Hai;Tác giả\r\n"
        + "ba@truong.edu.vn;Người Ba;Phù thủy\r\n"
        + "MOT@truong.edu.vn;Người Một lần nữa;Tác giả\r\n"
        + "da.co@truong.edu.vn;Đã có;Người duyệt\r\n"
        + "sau@truong.edu.vn;Người Sáu;\r\n";
    HttpResponse<String> refused = admin.post("/api/users/import", new JsonObject().put("csv", csv));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonArray problems = new JsonObject(refused.body()).getJsonArray("problems");
    assertThat(problems.stream().map(JsonObject.class::cast).map(p -> p.getInteger("row") + ":" + p.getString("column")))
        .contains("3:email", "4:vai trò", "5:email", "7:vai trò");
    assertThat(refused.body()).contains("trùng với dòng 2", "Phù thủy", "Cần ít nhất một vai trò");
    assertThat(running.sqlCount("SELECT count(*) FROM app_user WHERE email IN ('mot@truong.edu.vn', 'sau@truong.edu.vn')"))
        .as("nothing was written").isZero();

    HttpResponse<String> existing = admin.post("/api/users/import", new JsonObject().put("csv",
        "email,ho_ten,vai_tro\nmoi@truong.edu.vn,Người Mới,Tác giả\nda.co@truong.edu.vn,Đã có,Giáo viên\n"));
    assertThat(existing.statusCode()).isEqualTo(422);
    assertThat(existing.body()).contains("đã có tài khoản");
    assertThat(running.sqlCount("SELECT count(*) FROM app_user WHERE email = 'moi@truong.edu.vn'")).isZero();
  }

  @Test
  void a_good_csv_file_creates_every_account_with_its_roles_and_link() {
    Browser admin = running.admin();
    HttpResponse<String> template = admin.get("/api/users/template.csv");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(template.body()).startsWith("\uFEFFemail,ho_ten,vai_tro");

    HttpResponse<String> created = admin.post("/api/users/import", new JsonObject().put("csv",
        template.body().replace("truong.edu.vn", "mau.edu.vn").replace("doanthanhnien.vn", "mau.edu.vn")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonArray accounts = new JsonArray(created.body());
    assertThat(accounts).hasSize(3);
    JsonObject binh = accounts.getJsonObject(1);
    assertThat(binh.getString("displayName")).isEqualTo("Trần Thị Bình");
    assertThat(binh.getJsonArray("roles")).containsExactlyInAnyOrder("AUTHOR", "REVIEWER");
    assertThat(accounts.getJsonObject(2).getJsonArray("roles")).containsExactly("ORGANISER");

    Browser owner = running.browser("198.51.100.40");
    assertThat(owner.post("/api/auth/invitation/accept", accept(token(binh.getString("inviteUrl")),
        "so-tay-duyet-cau-hoi-2026")).statusCode()).isEqualTo(200);
    JsonObject me = new JsonObject(owner.signedIn("tran.thi.binh@mau.edu.vn", "so-tay-duyet-cau-hoi-2026")
        .get("/api/auth/me").body());
    assertThat(me.getJsonArray("roles")).containsExactlyInAnyOrder("AUTHOR", "REVIEWER");
  }

  @Test
  void wrong_links_are_limited_per_address() {
    Browser guesser = running.browser("198.51.100.50");
    for (int i = 0; i < InvitationRoutes.WRONG_LINKS; i++) {
      assertThat(guesser.post("/api/auth/invitation", new JsonObject().put("token", "doan-" + i)).statusCode())
          .isEqualTo(404);
    }
    HttpResponse<String> limited = guesser.post("/api/auth/invitation", new JsonObject().put("token", "doan-cuoi"));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(running.browser("198.51.100.51").post("/api/auth/invitation", new JsonObject().put("token", "khac"))
        .statusCode()).as("another address is not limited").isEqualTo(404);
  }
}
