package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.game.room.QuestionOutcome.ClosedBy;
import vn.luatvui.server.game.room.Phase;
import vn.luatvui.server.game.room.PlayerQuestion;
import vn.luatvui.server.game.room.Rejection;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.game.room.ScoreLine;
import vn.luatvui.server.json.Jsons;

/**
 * Each frame is the event's name under {@code type}, first, then every field of the event as JSON
 * writes it (nulls left out), the question's own type as {@code questionType}: what docs/protocol.md
 * says and clients read.
 */
class FramesTest {
  private static final PlayerQuestion QUESTION = new PlayerQuestion(0, 1, 5, QuestionType.SINGLE_CHOICE,
      "Trẻ em là người dưới bao nhiêu tuổi?", null, null, List.of("16 tuổi", "18 tuổi"), 20, 1000);

  @Test
  void every_event_is_its_name_then_its_fields() throws Exception {
    List<RoomEvent> events = List.of(
        new RoomEvent.CommandRejected(Rejection.UNKNOWN_SESSION, "Không tìm thấy phiên chơi."),
        new RoomEvent.PlayerJoined(3, "Lan \"Nhỏ\"", 4),
        new RoomEvent.PlayerList(List.of(new RoomEvent.PlayerSummary(1, "An", true, 900, 1))),
        new RoomEvent.QuestionIntro(0, 1, 5, QuestionType.TRUE_FALSE, "Câu hỏi", null, null, 20, 1000, 1_000L, 3_000L),
        new RoomEvent.QuestionOpened(QUESTION, 2_000L, 20_000L),
        new RoomEvent.AnswerAccepted(0, false),
        new RoomEvent.PlayerResult(0, true, true, 950, 100, 2, 1_050, 1, 3),
        new RoomEvent.Scoreboard(0, List.of(new ScoreLine(1, 1, "An", 950)), 3),
        new RoomEvent.Paused(Phase.QUESTION_OPEN, null),
        new RoomEvent.GameEnded(false));
    for (RoomEvent event : events) {
      String frame = Frames.event(event);

      assertThat(frame).startsWith("{\"type\":\"" + event.getClass().getSimpleName() + "\",");
      assertThat((Object) Jsons.MAPPER.readTree(frame)).as(frame).isEqualTo(expected(event)); // fields in any order
    }
  }

  @Test
  void a_reveal_names_the_question_type_and_the_cited_documents() throws Exception {
    RoomEvent.Reveal reveal = new RoomEvent.Reveal(0, QuestionType.SINGLE_CHOICE, ClosedBy.ALL_ANSWERED, "Câu hỏi",
        List.of("16 tuổi", "18 tuổi"), List.of(0), List.of(), List.of(3, 1), List.of(), 4, 3, 4, 75, "Giải thích",
        List.of(new Citation("102/2016/QH13", 1, null, null, "Trẻ em là người dưới 16 tuổi.")));

    JsonNode frame = Jsons.MAPPER.readTree(Frames.reveal(reveal, Map.of("102/2016/QH13", "Luật Trẻ em")));

    ObjectNode expected = expected(reveal);
    expected.putObject("documentNames").put("102/2016/QH13", "Luật Trẻ em");
    assertThat((Object) frame).isEqualTo(expected);
    assertThat(frame.get("questionType").asText()).isEqualTo("SINGLE_CHOICE");
  }

  @Test
  void a_welcome_carries_the_player_s_token_last() throws Exception {
    RoomEvent.Welcome welcome = new RoomEvent.Welcome(7, "Bình", true, Phase.QUESTION_OPEN, 5, 1_200, 2, 3);

    String frame = Frames.welcome(welcome, "tok-7");

    ObjectNode expected = expected(welcome);
    expected.put("token", "tok-7");
    assertThat((Object) Jsons.MAPPER.readTree(frame)).isEqualTo(expected);
    assertThat(frame).startsWith("{\"type\":\"Welcome\",").endsWith(",\"token\":\"tok-7\"}");
  }

  /** The frame as written before: the event as a JSON tree, with its name as type and its question type renamed. */
  private static ObjectNode expected(RoomEvent event) {
    ObjectNode fields = Jsons.MAPPER.valueToTree(event);
    ObjectNode node = Jsons.MAPPER.createObjectNode().put("type", event.getClass().getSimpleName());
    if (fields.has("type")) {
      node.set("questionType", fields.remove("type"));
    }
    node.setAll(fields);
    try {
      return (ObjectNode) Jsons.MAPPER.readTree(node.toString()); // numbers as a reader sees them
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
