package vn.luatvui.server.reach;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * The reach dashboard on a small tree: contestants of two contests in a school class of an urban ward, a
 * member of a rural commune; the rollup counts each person once, sums subtrees, measures wards and communes
 * against the plan's targets; a manager of another commune is refused; the XLSX export opens.
 */
class ReachApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  static final String TREE = "ma,ten,loai,ma_cap_tren,thanh_thi_nong_thon,so_dan\n"
      + "TP,Thành phố,Thành phố,,,\n"
      + "Q1,Quận Một,Quận,TP,Thành thị,\n"
      + "P-A,Phường A,Phường,Q1,Thành thị,100\n"
      + "TRUONG,Trường THPT A,Trường học,P-A,,\n"
      + "10A1,Lớp 10A1,Khác,TRUONG,,\n"
      + "X-B,Xã B,Xã,Q1,Nông thôn,200\n"
      + "H2,Huyện Hai,Quận,TP,Nông thôn,\n"
      + "X-C,Xã C,Xã,H2,Nông thôn,50\n";
  private static Http admin;
  private static JsonArray nodes;

  @BeforeAll
  static void data() {
    admin = running.admin();
    assertThat(admin.post("/api/orgs/import", new JsonObject().put("csv", TREE)).statusCode()).isEqualTo(200);
    nodes = new JsonArray(admin.get("/api/orgs").body());
    admin.post("/api/users", new JsonObject().put("email", "doan@truong.vn").put("displayName", "Đoàn trường")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("ORGANISER")));
    Http organiser = running.http().login("doan@truong.vn", "mat-khau-du-dai");
    long first = contest(organiser);
    long second = contest(organiser);
    Http lan = register(first, "Nguyễn Thị Lan", "2008-05-01");
    register(second, "Nguyen Thi  Lan", "2008-05-01");
    register(first, "Trần Văn Bình", "2008-07-09");
    JsonObject attempt = Http.json(lan.post("/api/contests/" + first + "/attempts", new JsonObject().put("round", 1)));
    assertThat(lan.post("/api/attempts/" + attempt.getLong("id") + "/submit", new JsonObject()).statusCode()).isEqualTo(200);
    String invite = node("X-B").getString("inviteCode");
    assertThat(running.http().post("/api/org-invites/" + invite + "/join", new JsonObject().put("name", "Lê Thị Hoa"))
        .statusCode()).isEqualTo(201);
    // Anonymous readers of the lookup: counted as visits, apart from people.
    assertThat(running.http().get("/api/public/questions?q=tre+em").statusCode()).isEqualTo(200);
    assertThat(running.http().get("/api/public/questions?q=giao+thong").statusCode()).isEqualTo(200);
    HttpResponse<String> refreshed = admin.post("/api/reach/refresh", new JsonObject());
    assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
  }

  private static long contest(Http organiser) {
    long id = Http.json(organiser.post("/api/contests/from-template", new JsonObject())).getLong("id");
    assertThat(organiser.post("/api/contests/" + id + "/publish", new JsonObject().put("publicQuestions", "KEEP"))
        .statusCode()).isEqualTo(200);
    return id;
  }

  private static Http register(long contest, String name, String birth) {
    long unit = new JsonArray(running.http().get("/api/contests/" + contest + "/units").body()).stream()
        .map(JsonObject.class::cast).filter(u -> "10A1".equals(u.getString("code"))).findFirst().orElseThrow().getLong("id");
    Http person = running.http();
    HttpResponse<String> registered = person.post("/api/contests/" + contest + "/registrations", new JsonObject()
        .put("fullName", name).put("birthDate", birth).put("unitId", unit).put("phone", "09" + birth.replace("-", ""))
        .put("consent", new JsonObject().put("accepted", true)));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return person;
  }

  private static JsonObject node(String code) {
    return nodes.stream().map(JsonObject.class::cast).filter(n -> code.equals(n.getString("code"))).findFirst().orElseThrow();
  }

  @Test
  void the_city_counts_each_person_once_and_sums_its_subtree() {
    JsonObject view = admin.json("/api/reach/orgs/" + node("TP").getLong("id"));
    JsonObject city = view.getJsonObject("node");
    assertThat(city.getLong("people")).as("Lan in two contests is one person").isEqualTo(3);
    assertThat(city.getLong("contestants")).isEqualTo(2);
    assertThat(city.getLong("members")).isEqualTo(1);
    assertThat(city.getLong("active30")).isEqualTo(3);
    assertThat(city.getLong("attempts")).isEqualTo(1);
    assertThat(view.getJsonArray("visits").stream().map(JsonObject.class::cast)
        .mapToLong(v -> v.getLong("visits")).sum()).as("lookups are visits, not people").isGreaterThanOrEqualTo(2);
    assertThat(view.getJsonArray("children").stream().map(JsonObject.class::cast)
        .map(c -> c.getString("code") + "=" + c.getLong("people"))).containsExactly("H2=0", "Q1=3");
  }

  @Test
  void wards_and_communes_are_measured_against_the_plan_by_settlement_and_district() {
    JsonObject reach = admin.json("/api/reach/orgs/" + node("TP").getLong("id")).getJsonObject("reach");
    JsonObject urban = reach.getJsonObject("urban");
    assertThat(urban.getLong("population")).isEqualTo(100);
    assertThat(urban.getLong("reached")).isEqualTo(2);
    assertThat(urban.getDouble("share")).isEqualTo(0.02);
    assertThat(urban.getJsonArray("gaps").getJsonObject(0).getLong("people")).as("80 of 100 by 2027").isEqualTo(78);
    JsonObject rural = reach.getJsonObject("rural");
    assertThat(rural.getLong("population")).isEqualTo(250);
    assertThat(rural.getLong("reached")).isEqualTo(1);
    assertThat(rural.getJsonArray("gaps").getJsonObject(1).getLong("people")).as("70% of 250 by 2030").isEqualTo(174);
    assertThat(reach.getJsonArray("districts").stream().map(JsonObject.class::cast)
        .map(d -> d.getString("name") + ":" + d.getJsonObject("urban").getLong("reached") + "/"
            + d.getJsonObject("rural").getLong("reached") + "/" + d.getJsonObject("rural").getLong("population")))
        .containsExactlyInAnyOrder("Quận Một:2/1/200", "Huyện Hai:0/0/50");
  }

  @Test
  void a_manager_sees_their_own_commune_and_is_refused_another() {
    admin.post("/api/users", new JsonObject().put("email", "quanly.c@xa.vn").put("displayName", "Quản lý xã C")
        .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
    assertThat(admin.post("/api/orgs/" + node("X-C").getLong("id") + "/managers",
        new JsonObject().put("email", "quanly.c@xa.vn")).statusCode()).isLessThan(300);
    Http manager = running.http().login("quanly.c@xa.vn", "mat-khau-du-dai");
    assertThat(manager.get("/api/reach/orgs/" + node("X-C").getLong("id")).statusCode()).isEqualTo(200);
    assertThat(manager.get("/api/reach/orgs/" + node("P-A").getLong("id")).statusCode()).isEqualTo(403);
    assertThat(manager.get("/api/reach/orgs/" + node("TP").getLong("id")).statusCode()).isEqualTo(403);
    assertThat(manager.get("/api/reach/orgs/" + node("P-A").getLong("id") + "/export.xlsx").statusCode()).isEqualTo(403);
    assertThat(manager.post("/api/reach/refresh", new JsonObject()).statusCode()).isEqualTo(403);
  }

  @Test
  void the_export_opens_with_every_node_of_the_subtree() throws Exception {
    byte[] file = admin.getBytes("/api/reach/orgs/" + node("Q1").getLong("id") + "/export.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet units = book.getSheet("Đơn vị");
      assertThat(units.getLastRowNum()).as("Q1 and the four nodes under it").isEqualTo(5);
      assertThat(units.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Q1");
      assertThat(units.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3.0);
      Sheet bases = book.getSheet("Xã phường");
      assertThat(bases.getLastRowNum()).isEqualTo(2);
    }
  }
}
