package vn.luatvui.server.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** The organisation tree end to end against the real PostgreSQL and Redis: import, scope, invites, members. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrgApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  static final String TREE = "\uFEFFma,ten,loai,ma_cap_tren,thanh_thi_nong_thon,so_dan\n"
      + "TP,Thành phố,Thành phố,,,\n"
      + "Q1,Quận Một,Quận,TP,Thành thị,150000\n"
      + "P-A,Phường A,Phường,Q1,Thành thị,16000\n"
      + "P-B,Phường B,Phường,Q1,Thành thị,12000\n"
      + "THPT-A,Trường THPT A,Trường học,P-A,,\n";
  private static Http admin;
  private static Http managerOfA;

  @BeforeAll
  static void accounts() {
    admin = running.admin();
    for (String email : new String[] {"quanly.a@phuong.vn", "canbo@phuong.vn"}) {
      HttpResponse<String> created = admin.post("/api/users", new JsonObject().put("email", email)
          .put("displayName", "Cán bộ phường").put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
    managerOfA = running.http().login("quanly.a@phuong.vn", "mat-khau-du-dai");
  }

  @Test
  @Order(1)
  void a_file_with_errors_is_refused_by_row_and_column_and_nothing_is_written() {
    HttpResponse<String> bad = admin.post("/api/orgs/import", new JsonObject().put("csv",
        TREE + "P-C,,Phường,Q1,,\nP-D,Phường D,Phường,KHONG-CO,,\nT2,Trường 2,Trường học,TP,Thành thị,\n"));
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
    JsonArray problems = Http.json(bad).getJsonArray("problems");
    assertThat(problems.stream().map(p -> ((JsonObject) p).getInteger("row") + ":" + ((JsonObject) p).getString("column")))
        .containsExactly("7:ten", "8:ma_cap_tren", "9:thanh_thi_nong_thon");
    assertThat(new JsonArray(admin.get("/api/orgs").body())).isEmpty();
  }

  @Test
  @Order(2)
  void the_admin_imports_the_tree_and_a_reimport_updates_by_code_without_deleting() {
    HttpResponse<String> first = admin.post("/api/orgs/import", new JsonObject().put("csv", TREE));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(Http.json(first).getInteger("added")).isEqualTo(5);
    HttpResponse<String> again = admin.post("/api/orgs/import", new JsonObject().put("csv",
        "ma;ten;loai;ma_cap_tren;thanh_thi_nong_thon;so_dan\nP-B;Phường Bến Nghé;Phường;Q1;Thành thị;17.000\n"));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Http.json(again).getInteger("added")).isZero();
    assertThat(Http.json(again).getInteger("updated")).isEqualTo(1);
    JsonArray nodes = new JsonArray(admin.get("/api/orgs").body());
    assertThat(nodes).hasSize(5);
    JsonObject wardB = node(nodes, "P-B");
    assertThat(wardB.getString("name")).isEqualTo("Phường Bến Nghé");
    assertThat(wardB.getInteger("population")).isEqualTo(17000);
    assertThat(wardB.getString("kindLabel")).isEqualTo("Phường");
    assertThat(node(nodes, "THPT-A").getLong("parentId")).isEqualTo(node(nodes, "P-A").getLong("id"));
    HttpResponse<String> cycle = admin.post("/api/orgs/import", new JsonObject().put("csv",
        "ma,ten,loai,ma_cap_tren\nTP,Thành phố,Thành phố,THPT-A\n"));
    assertThat(cycle.statusCode()).isEqualTo(422);
    assertThat(cycle.body()).contains("vòng lặp");
  }

  @Test
  @Order(3)
  void a_city_sized_tree_larger_than_a_small_request_imports_whole() {
    StringBuilder csv = new StringBuilder("ma,ten,loai,ma_cap_tren,thanh_thi_nong_thon,so_dan\n"
        + "TPL,Thành phố Lớn,Thành phố,,,\n");
    for (int i = 1; i <= 2_000; i++) {
      csv.append("XL-").append(i).append(",Xã Lớn số ").append(i).append(",Xã,TPL,Nông thôn,").append(5000 + i)
          .append('\n');
    }
    assertThat(csv.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024);

    HttpResponse<String> imported = admin.post("/api/orgs/import", new JsonObject().put("csv", csv.toString()));

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(Http.json(imported).getInteger("added")).isEqualTo(2_001);
  }

  @Test
  @Order(3)
  void the_template_opens_in_excel_as_utf8() {
    byte[] template = running.http().getBytes("/api/orgs/template.csv");
    assertThat(template).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(template, StandardCharsets.UTF_8)).contains("Phường Bến Nghé");
  }

  @Test
  @Order(4)
  void a_manager_of_ward_a_sees_and_changes_ward_a_only() {
    JsonArray all = new JsonArray(admin.get("/api/orgs").body());
    long wardA = node(all, "P-A").getLong("id");
    long wardB = node(all, "P-B").getLong("id");
    assertThat(managerOfA.get("/api/orgs").statusCode()).isEqualTo(403);
    HttpResponse<String> granted = admin.post("/api/orgs/" + wardA + "/managers",
        new JsonObject().put("email", "quanly.a@phuong.vn"));
    assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);

    JsonArray seen = new JsonArray(managerOfA.get("/api/orgs").body());
    assertThat(seen.stream().map(n -> ((JsonObject) n).getString("code"))).containsExactly("P-A", "THPT-A");
    assertThat(managerOfA.get("/api/orgs/" + wardB + "/members").statusCode()).isEqualTo(403);
    assertThat(managerOfA.get("/api/orgs/" + wardB + "/managers").statusCode()).isEqualTo(403);
    assertThat(managerOfA.put("/api/orgs/" + wardB, edit("Phường của tôi", null)).statusCode()).isEqualTo(403);
    assertThat(managerOfA.post("/api/orgs/" + wardB + "/invite", new JsonObject()).statusCode()).isEqualTo(403);
    assertThat(managerOfA.post("/api/orgs", new JsonObject().put("code", "KP-B1").put("name", "Khu phố B1")
        .put("kind", "OTHER").put("parentId", wardB)).statusCode()).isEqualTo(403);
    assertThat(managerOfA.post("/api/orgs/" + wardB + "/managers", new JsonObject().put("email", "quanly.a@phuong.vn"))
        .statusCode()).isEqualTo(403);
    assertThat(managerOfA.post("/api/orgs/import", new JsonObject().put("csv", TREE)).statusCode()).isEqualTo(403);

    HttpResponse<String> added = managerOfA.post("/api/orgs", new JsonObject().put("code", "KP-A1")
        .put("name", "Khu phố A1").put("kind", "OTHER").put("parentId", wardA));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long block = Http.json(added).getLong("id");
    assertThat(managerOfA.put("/api/orgs/" + block, edit("Khu phố B1", wardB)).statusCode()).isEqualTo(403);
    assertThat(managerOfA.put("/api/orgs/" + wardA, edit("Phường A", block)).statusCode()).isIn(403, 422);
    HttpResponse<String> renamed = managerOfA.put("/api/orgs/" + block, edit("Khu phố Một", wardA));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(204);
    HttpResponse<String> staff = managerOfA.put("/api/orgs/" + block + "/staff", new JsonObject().put("email", "canbo@phuong.vn"));
    assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
    assertThat(new JsonArray(staff.body()).getJsonObject(0).getString("email")).isEqualTo("canbo@phuong.vn");
    assertThat(managerOfA.delete("/api/orgs/" + block).statusCode()).isEqualTo(409);
    assertThat(managerOfA.delete("/api/orgs/" + wardA).statusCode()).isEqualTo(403);
    assertThat(admin.put("/api/orgs/" + wardB + "/staff", new JsonObject().put("email", "canbo@phuong.vn")).statusCode())
        .isEqualTo(200);
    assertThat(managerOfA.put("/api/orgs/" + block + "/staff", new JsonObject().put("email", "canbo@phuong.vn"))
        .statusCode()).isEqualTo(403);
    assertThat(managerOfA.delete("/api/orgs/" + block).statusCode()).isEqualTo(204);
  }

  @Test
  @Order(5)
  void a_citizen_joins_with_the_invite_link_and_comes_back_on_another_device_with_the_member_code() {
    JsonArray nodes = new JsonArray(managerOfA.get("/api/orgs").body());
    JsonObject wardA = node(nodes, "P-A");
    String invite = wardA.getString("inviteCode");
    assertThat(invite).hasSizeGreaterThanOrEqualTo(20);
    Http phone = running.http();
    assertThat(phone.json("/api/org-invites/" + invite).getString("orgName")).isEqualTo("Phường A");
    assertThat(phone.post("/api/org-invites/" + invite + "/join", new JsonObject().put("name", "  ")).statusCode())
        .isEqualTo(422);
    HttpResponse<String> joined = phone.post("/api/org-invites/" + invite + "/join", new JsonObject().put("name", "Nguyễn Thị Lan"));
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
    String memberCode = Http.json(joined).getString("memberCode");
    assertThat(memberCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(phone.json("/api/org-members/me").getString("name")).isEqualTo("Nguyễn Thị Lan");

    Http laptop = running.http();
    assertThat(laptop.get("/api/org-members/me").statusCode()).isEqualTo(401);
    assertThat(laptop.post("/api/org-members/sign-in", new JsonObject().put("memberCode", "AAAA-BBBB-CCCC")).statusCode())
        .isEqualTo(401);
    HttpResponse<String> back = laptop.post("/api/org-members/sign-in",
        new JsonObject().put("memberCode", memberCode.toLowerCase().replace("-", " ")));
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(laptop.json("/api/org-members/me").getString("orgName")).isEqualTo("Phường A");

    JsonArray after = new JsonArray(admin.get("/api/orgs").body());
    assertThat(node(after, "P-A").getInteger("members")).isEqualTo(1);
    assertThat(node(after, "Q1").getInteger("members")).isZero();
    assertThat(node(after, "Q1").getInteger("subtreeMembers")).isEqualTo(1);
    assertThat(node(after, "TP").getInteger("subtreeMembers")).isEqualTo(1);
    long wardAId = wardA.getLong("id");
    assertThat(new JsonArray(managerOfA.get("/api/orgs/" + wardAId + "/members").body()).getJsonObject(0)
        .getString("name")).isEqualTo("Nguyễn Thị Lan");
    assertThat(admin.delete("/api/orgs/" + wardAId).statusCode()).isEqualTo(409);

    HttpResponse<String> rotated = managerOfA.post("/api/orgs/" + wardAId + "/invite", new JsonObject());
    assertThat(rotated.statusCode()).isEqualTo(200);
    assertThat(Http.json(rotated).getString("inviteCode")).isNotEqualTo(invite);
    assertThat(running.http().get("/api/org-invites/" + invite).statusCode()).isEqualTo(404);
    assertThat(running.http().post("/api/org-invites/" + invite + "/join", new JsonObject().put("name", "Kẻ lạ"))
        .statusCode()).isEqualTo(404);
  }

  private static JsonObject edit(String name, Long parentId) {
    return new JsonObject().put("name", name).put("kind", "OTHER").put("parentId", parentId);
  }

  static JsonObject node(JsonArray nodes, String code) {
    return nodes.stream().map(JsonObject.class::cast).filter(n -> n.getString("code").equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no node " + code + " in " + nodes));
  }
}
