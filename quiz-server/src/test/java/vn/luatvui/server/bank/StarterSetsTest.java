package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.auth.UserStore;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/** The ready sets by topic on a fresh install: there once, shared with every host, playable questions only. */
class StarterSetsTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  @Test
  void a_fresh_install_has_every_shipped_set_once_owned_by_the_starter_bank_and_shared() throws Exception {
    List<StarterSets.StarterSet> shipped = StarterSets.read();
    assertThat(count("SELECT count(*) FROM question_set s JOIN app_user u ON u.id = s.owner_id "
        + "WHERE s.starter_key IS NOT NULL AND s.shared AND u.email = 'starter-bank@luatvui.invalid'"))
        .isEqualTo(shipped.size());
    for (StarterSets.StarterSet set : shipped) {
      assertThat(keys(set.key())).as(set.key()).containsExactlyElementsOf(set.questions());
    }
  }

  @Test
  void a_host_sees_the_ready_sets_and_opens_one_with_its_questions_in_order() {
    Http host = host("giao.vien.mau@luatvui.test");
    JsonArray sets = new JsonArray(host.get("/api/question-sets").body());
    List<JsonObject> ready = new ArrayList<>();
    sets.forEach(s -> {
      if (((JsonObject) s).getString("starterKey") != null) {
        ready.add((JsonObject) s);
      }
    });
    assertThat(ready).hasSize(StarterSets.read().size());
    JsonObject children = ready.stream().filter(s -> "children".equals(s.getString("topic"))).findFirst().orElseThrow();
    assertThat(children.getString("title")).isEqualTo("Quyền và bổn phận của trẻ em");
    assertThat(children.getString("titleEn")).isEqualTo("Children's rights and duties");

    JsonObject view = host.json("/api/question-sets/" + children.getLong("id"));
    JsonObject first = view.getJsonArray("items").getJsonObject(0).getJsonObject("question");
    assertThat(first.getString("status")).isEqualTo("APPROVED");
    assertThat(first.getJsonObject("content").getString("text")).startsWith("Theo Luật Trẻ em năm 2016, trẻ em là");
    HttpResponse<String> change = host.put("/api/question-sets/" + children.getLong("id"),
        new JsonObject().put("title", "Của tôi").put("items", new JsonArray()));
    assertThat(change.statusCode()).as("a host cannot change a ready set").isEqualTo(404);
  }

  @Test
  void loading_again_adds_nothing_and_a_question_flagged_before_a_set_is_made_is_left_out() throws Exception {
    int sets = count("SELECT count(*) FROM question_set");
    int items = count("SELECT count(*) FROM question_set_item");

    assertThat(loader().load().await()).isZero();
    assertThat(count("SELECT count(*) FROM question_set")).isEqualTo(sets);
    assertThat(count("SELECT count(*) FROM question_set_item")).isEqualTo(items);

    execute("DELETE FROM question_set WHERE starter_key = 'lao-dong'");
    execute("UPDATE question SET needs_review = true, needs_review_reason = 'Thử' WHERE external_key = 'lao-dong-003'");
    try {
      assertThat(loader().load().await()).isEqualTo(1);
      assertThat(keys("lao-dong")).contains("lao-dong-001").doesNotContain("lao-dong-003");
      assertThat(count("SELECT count(*) FROM question_set")).isEqualTo(sets);
    } finally {
      execute("UPDATE question SET needs_review = false, needs_review_reason = NULL WHERE external_key = 'lao-dong-003'");
    }
  }

  private static StarterSets loader() {
    return new StarterSets(running.server().pool(), new UserStore(running.server().pool()));
  }

  private static Http host(String email) {
    HttpResponse<String> created = running.admin().post("/api/users", new JsonObject().put("email", email)
        .put("displayName", "Cô giáo").put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return running.http().login(email, "mat-khau-du-dai");
  }

  private static List<String> keys(String setKey) throws Exception {
    List<String> keys = new ArrayList<>();
    try (Connection c = running.database().connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT q.external_key FROM question_set s JOIN question_set_item i ON i.set_id = s.id "
             + "JOIN question q ON q.id = i.question_id WHERE s.starter_key = '" + setKey + "' ORDER BY i.position")) {
      while (rs.next()) {
        keys.add(rs.getString(1));
      }
    }
    return keys;
  }

  private static int count(String sql) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void execute(String sql) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
