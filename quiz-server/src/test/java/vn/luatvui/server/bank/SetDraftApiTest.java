package vn.luatvui.server.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.RunningServer;

/**
 * A teacher who leaves the set editor without saving finds the changes again (on any device), only
 * their own, and saving or discarding ends the draft.
 */
class SetDraftApiTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();
  private static final String PASSWORD = "mat-khau-du-dai";
  private static Http owner;
  private static Http colleague;
  private static long questionA;
  private static long questionB;

  @BeforeAll
  static void twoTeachers() {
    owner = teacher("co.lan@truong.vn", "Cô Lan");
    colleague = teacher("thay.minh@truong.vn", "Thầy Minh");
    JsonArray approved = owner.json("/api/questions?status=APPROVED&size=2").getJsonArray("items");
    questionA = approved.getJsonObject(0).getLong("id");
    questionB = approved.getJsonObject(1).getLong("id");
  }

  @Test
  void a_draft_is_kept_per_person_read_back_and_ended_by_saving_the_set() {
    long set = newSet(owner, "Bộ ôn tập lớp 9A");
    assertThat(Http.json(owner.get(draft(set))).getValue("draft")).isNull();

    JsonObject kept = new JsonObject().put("title", "Bộ ôn tập lớp 9A (sửa)").put("description", null).put("shared", false)
        .put("items", new JsonArray().add(item(questionA, "Câu A")).add(item(questionB, "Câu B")));
    HttpResponse<String> put = owner.put(draft(set), kept);
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    JsonObject back = Http.json(owner.get(draft(set)));
    assertThat(back.getString("savedAt")).isNotBlank();
    JsonObject draft = back.getJsonObject("draft");
    assertThat(draft.getString("title")).isEqualTo("Bộ ôn tập lớp 9A (sửa)");
    assertThat(draft.getJsonArray("items")).hasSize(2);
    assertThat(draft.getJsonArray("items").getJsonObject(1).getLong("questionId")).isEqualTo(questionB);
    assertThat(draft.getJsonArray("items").getJsonObject(1).getString("text")).isEqualTo("Câu B");
    // The set itself is unchanged until it is saved.
    assertThat(owner.json("/api/question-sets/" + set).getJsonArray("items")).isEmpty();

    // Someone who may not change the set neither reads nor writes a draft of it.
    assertThat(colleague.get(draft(set)).statusCode()).isEqualTo(404);
    assertThat(colleague.put(draft(set), kept).statusCode()).isEqualTo(404);

    HttpResponse<String> saved = owner.put("/api/question-sets/" + set, new JsonObject().put("title", "Bộ ôn tập lớp 9A (sửa)")
        .put("items", new JsonArray().add(new JsonObject().put("questionId", questionA).put("points", 1000))));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(Http.json(owner.get(draft(set))).getValue("draft")).isNull();
  }

  @Test
  void a_discarded_draft_is_gone_and_a_bad_one_is_refused_saying_where() {
    long set = newSet(owner, "Bộ luật giao thông");
    JsonObject kept = new JsonObject().put("title", "Bộ luật giao thông").put("items", new JsonArray().add(item(questionA, null)));
    assertThat(owner.put(draft(set), kept).statusCode()).isEqualTo(200);
    assertThat(owner.delete(draft(set)).statusCode()).isEqualTo(204);
    assertThat(Http.json(owner.get(draft(set))).getValue("draft")).isNull();

    HttpResponse<String> bad = owner.put(draft(set), new JsonObject().put("title", "x")
        .put("items", new JsonArray().add(new JsonObject().put("questionId", questionA).put("timeLimitSeconds", 999).put("points", 1000))));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("items");
    assertThat(Http.json(owner.get(draft(set))).getValue("draft")).isNull();
  }

  private static String draft(long set) {
    return "/api/question-sets/" + set + "/draft";
  }

  private static JsonObject item(long questionId, String text) {
    return new JsonObject().put("questionId", questionId).put("timeLimitSeconds", 20).put("points", 1000).put("text", text);
  }

  private static long newSet(Http who, String title) {
    HttpResponse<String> created = who.post("/api/question-sets", new JsonObject().put("title", title).put("items", new JsonArray()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).getJsonObject("set").getLong("id");
  }

  private static Http teacher(String email, String name) {
    HttpResponse<String> created = running.admin().post("/api/users", new JsonObject().put("email", email)
        .put("displayName", name).put("password", PASSWORD).put("roles", new JsonArray().add("HOST")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return running.http().login(email, PASSWORD);
  }
}
