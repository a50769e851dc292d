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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * A question of a ready set flagged for review is not dropped silently: the check names it and why, offers
 * a question citing the same article, and the host's game plays that one in its place.
 */
class SetCheckApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static Http host;
  private static long setId;
  private static List<Long> inSet;
  private static long flagged;

  @BeforeAll
  static void flagOneQuestionOfTheChildrenSet() throws Exception {
    HttpResponse<String> created = running.admin().post("/api/users", new JsonObject().put("email", "gv@truong.vn")
        .put("displayName", "Cô Hoa").put("password", "mat-khau-du-dai").put("roles", new JsonArray().add("HOST")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    host = running.http().login("gv@truong.vn", "mat-khau-du-dai");
    setId = longs("SELECT id FROM question_set WHERE starter_key = 'quyen-tre-em'").get(0);
    inSet = longs("SELECT question_id FROM question_set_item WHERE set_id = " + setId + " ORDER BY position");
    // A question of the set whose article is cited by another approved question outside it.
    flagged = longs("SELECT i.question_id FROM question_set_item i WHERE i.set_id = " + setId + " AND EXISTS "
        + "(SELECT 1 FROM question_citation c JOIN question_citation o ON o.document_number = c.document_number "
        + "AND o.article = c.article JOIN question q ON q.id = o.question_id WHERE c.question_id = i.question_id "
        + "AND q.status = 'APPROVED' AND NOT q.needs_review AND o.question_id NOT IN "
        + "(SELECT question_id FROM question_set_item WHERE set_id = " + setId + ")) ORDER BY i.position LIMIT 1").get(0);
    execute("UPDATE question SET needs_review = true, needs_review_reason = 'Văn bản được sửa đổi' WHERE id = " + flagged);
  }

  @Test
  void the_check_names_the_flagged_question_why_and_a_replacement_citing_the_same_article() throws Exception {
    JsonObject check = host.json("/api/question-sets/" + setId + "/check");
    assertThat(check.getInteger("playable")).isEqualTo(inSet.size() - 1);
    JsonArray unplayable = check.getJsonArray("unplayable");
    assertThat(unplayable).hasSize(1);
    JsonObject item = unplayable.getJsonObject(0);
    assertThat(item.getLong("questionId")).isEqualTo(flagged);
    assertThat(item.getString("reason")).isEqualTo("NEEDS_REVIEW");
    assertThat(item.getString("detail")).isEqualTo("Văn bản được sửa đổi");
    JsonObject replacement = item.getJsonObject("replacement");
    long replacementId = replacement.getLong("id");
    assertThat(inSet).doesNotContain(replacementId);
    assertThat(replacement.getString("status")).isEqualTo("APPROVED");
    assertThat(longs("SELECT count(*) FROM question_citation c JOIN question_citation o ON o.document_number = "
        + "c.document_number AND o.article = c.article WHERE c.question_id = " + flagged + " AND o.question_id = "
        + replacementId).get(0)).isPositive();

    JsonObject alone = host.json("/api/questions/" + flagged + "/replacement?set=" + setId);
    assertThat(alone.getJsonObject("replacement").getLong("id")).isEqualTo(replacementId);
  }

  @Test
  void a_game_plays_the_replacement_in_place_of_the_flagged_question_or_leaves_it_out() {
    long replacementId = host.json("/api/questions/" + flagged + "/replacement?set=" + setId)
        .getJsonObject("replacement").getLong("id");

    HttpResponse<String> without = host.post("/api/games", new JsonObject().put("setId", setId));
    assertThat(without.statusCode()).as(without.body()).isEqualTo(201);
    assertThat(Http.json(without).getInteger("questionCount")).isEqualTo(inSet.size() - 1);

    HttpResponse<String> with = host.post("/api/games", new JsonObject().put("setId", setId).put("replacements",
        new JsonArray().add(new JsonObject().put("questionId", flagged).put("replacementId", replacementId))));
    assertThat(with.statusCode()).as(with.body()).isEqualTo(201);
    assertThat(Http.json(with).getInteger("questionCount")).isEqualTo(inSet.size());

    HttpResponse<String> unplayable = host.post("/api/games", new JsonObject().put("setId", setId).put("replacements",
        new JsonArray().add(new JsonObject().put("questionId", flagged).put("replacementId", flagged))));
    assertThat(unplayable.statusCode()).isEqualTo(422);
    assertThat(Http.json(unplayable).getJsonObject("error").getString("message")).contains("không chơi được");
  }

  private static List<Long> longs(String sql) throws Exception {
    List<Long> list = new ArrayList<>();
    try (Connection c = running.database().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        list.add(rs.getLong(1));
      }
    }
    return list;
  }

  private static void execute(String sql) throws Exception {
    try (Connection c = running.database().connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
