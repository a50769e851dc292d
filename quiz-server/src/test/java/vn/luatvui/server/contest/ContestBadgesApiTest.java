package vn.luatvui.server.contest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * Badges of contest rounds on the person's page: a member who registers holding their member code, and an
 * official who registered before signing in and starts the round signed in, are linked to their contestant; an
 * anonymous contestant stays unlinked. Taking the contest's only round earns "took part" and "every round";
 * the top 10% badge waits for the round's results to be published.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContestBadgesApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static Http organiser;
  private static Http hoa;
  private static Http official;
  private static Http anonymous;
  private static long contestId;

  @BeforeAll
  static void contest() {
    Http admin = running.admin();
    assertThat(admin.post("/api/orgs/import", new JsonObject().put("csv", "ma,ten,loai,ma_cap_tren\n"
        + "TP,Thành phố,Thành phố,\nP-A,Phường A,Phường,TP\n")).statusCode()).isEqualTo(200);
    for (String[] u : new String[][] {{"btc@sotp.vn", "ORGANISER"}, {"canbo@phuonga.vn", "HOST"}}) {
      assertThat(admin.post("/api/users", new JsonObject().put("email", u[0]).put("displayName", "Cán bộ Phường A")
          .put("password", "mat-khau-du-dai").put("roles", new JsonArray().add(u[1]))).statusCode()).isEqualTo(201);
    }
    organiser = running.http().login("btc@sotp.vn", "mat-khau-du-dai");
    contestId = Http.json(organiser.post("/api/contests/from-template", new JsonObject())).getLong("id");
    assertThat(organiser.post("/api/contests/" + contestId + "/publish", new JsonObject().put("publicQuestions", "KEEP"))
        .statusCode()).isEqualTo(200);

    String invite = new JsonArray(admin.get("/api/orgs").body()).stream().map(JsonObject.class::cast)
        .filter(n -> "P-A".equals(n.getString("code"))).findFirst().orElseThrow().getString("inviteCode");
    hoa = running.http();
    assertThat(hoa.post("/api/org-invites/" + invite + "/join", new JsonObject().put("name", "Lê Thị Hoa")).statusCode())
        .isEqualTo(201);
    register(hoa, "Lê Thị Hoa", "1990-03-04");
    official = running.http();
    register(official, "Trần Văn Nam", "1985-01-02");
    official.login("canbo@phuonga.vn", "mat-khau-du-dai");
    anonymous = running.http();
    register(anonymous, "Phạm Minh", "2009-09-09");
  }

  private static void register(Http person, String name, String birth) {
    long unit = new JsonArray(running.http().get("/api/contests/" + contestId + "/units").body()).stream()
        .map(JsonObject.class::cast).filter(u -> "10A1".equals(u.getString("code"))).findFirst().orElseThrow().getLong("id");
    HttpResponse<String> registered = person.post("/api/contests/" + contestId + "/registrations", new JsonObject()
        .put("fullName", name).put("birthDate", birth).put("unitId", unit).put("phone", "09" + birth.replace("-", ""))
        .put("consent", new JsonObject().put("accepted", true)));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
  }

  private static void takeRound(Http person) {
    HttpResponse<String> started = person.post("/api/contests/" + contestId + "/attempts", new JsonObject().put("round", 1));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long attempt = Http.json(started).getLong("id");
    assertThat(person.post("/api/attempts/" + attempt + "/submit", new JsonObject()).statusCode()).isEqualTo(200);
  }

  private static JsonObject myData(Http person) {
    return new JsonObject(new String(person.getBytes("/api/contests/" + contestId + "/me/data"),
        java.nio.charset.StandardCharsets.UTF_8));
  }

  private static List<String> kinds(Http person) {
    HttpResponse<String> badges = person.get("/api/my/contest-badges");
    assertThat(badges.statusCode()).as(badges.body()).isEqualTo(200);
    return new JsonArray(badges.body()).stream().map(JsonObject.class::cast).map(b -> b.getString("kind")).toList();
  }

  @Test
  @Order(1)
  void a_member_and_an_official_are_linked_and_an_anonymous_contestant_is_not() throws Exception {
    takeRound(hoa);
    takeRound(official);
    takeRound(anonymous);
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT full_name, member_id IS NOT NULL, user_id IS NOT NULL FROM contestant "
             + "WHERE contest_id = " + contestId + " ORDER BY full_name")) {
      StringBuilder seen = new StringBuilder();
      while (rs.next()) {
        seen.append(rs.getString(1)).append(rs.getBoolean(2) ? " member" : "").append(rs.getBoolean(3) ? " account" : "")
            .append("; ");
      }
      assertThat(seen.toString()).isEqualTo("Lê Thị Hoa member; Phạm Minh; Trần Văn Nam account; ");
    }
    assertThat(myData(hoa).getString("linkedTo")).as("the download says what is kept").isEqualTo("member");
    assertThat(myData(official).getString("linkedTo")).isEqualTo("account");
    assertThat(myData(anonymous).getString("linkedTo")).isNull();
  }

  @Test
  @Order(2)
  void taking_the_only_round_earns_took_part_and_every_round_but_no_rank_before_the_results() {
    assertThat(kinds(hoa)).containsExactly("TOOK_PART", "EVERY_ROUND");
    assertThat(kinds(official)).containsExactly("TOOK_PART", "EVERY_ROUND");
    JsonObject every = new JsonArray(hoa.get("/api/my/contest-badges").body()).getJsonObject(1);
    assertThat(every.getLong("contestId")).isEqualTo(contestId);
    assertThat(every.getString("contestTitle")).isNotBlank();
    assertThat(anonymous.get("/api/my/contest-badges").statusCode()).as("no person, no page").isEqualTo(401);
  }

  @Test
  @Order(3)
  void the_first_of_the_round_earns_the_top_tenth_once_the_results_are_published() throws Exception {
    assertThat(organiser.post("/api/contests/" + contestId + "/rounds/1/close", new JsonObject()).statusCode()).isEqualTo(200);
    assertThat(kinds(hoa)).doesNotContain("TOP_TENTH");
    assertThat(kinds(official)).doesNotContain("TOP_TENTH");
    assertThat(organiser.post("/api/contests/" + contestId + "/rounds/1/publish", new JsonObject()).statusCode())
        .isEqualTo(200);
    String first;
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT p.full_name FROM contest_entry e JOIN contestant p ON p.id = e.contestant_id "
             + "WHERE e.contest_id = " + contestId + " AND e.final_rank = 1")) {
      assertThat(rs.next()).isTrue();
      first = rs.getString(1);
    }
    // Three results: the top tenth is the first place only.
    assertThat(kinds(hoa).contains("TOP_TENTH")).isEqualTo(first.equals("Lê Thị Hoa"));
    assertThat(kinds(official).contains("TOP_TENTH")).isEqualTo(first.equals("Trần Văn Nam"));
  }
}
