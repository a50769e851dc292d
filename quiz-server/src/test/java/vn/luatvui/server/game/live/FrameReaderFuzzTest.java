package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * Whatever text a client sends, the frame reader gives a frame or a refusal with a documented code
 * and a message; no other exception leaves it. A frame it accepts reads back the same once relayed.
 */
class FrameReaderFuzzTest {

  @Provide
  Arbitrary<String> texts() {
    return FrameFuzz.text();
  }

  @Property
  void any_text_is_a_frame_or_a_documented_refusal(@ForAll("texts") String text) throws Exception {
    try {
      ClientFrame frame = FrameReader.read(text);
      assertThat(frame).isNotNull();
      assertThat(FrameReader.read(FrameReader.write(frame))).as("relayed as read").isEqualTo(frame);
    } catch (FrameReader.Refused refused) {
      assertThat(refused.code()).isIn("BAD_FRAME", "VERSION");
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @Example
  void mistyped_fields_are_refused_not_coerced() {
    for (String text : new String[] {"{\"type\":\"kick\",\"playerId\":\"1\"}", "{\"type\":\"kick\",\"playerId\":2.4}",
        "{\"type\":\"kick\",\"playerId\":1,\"ban\":1}", "{\"type\":\"lock\",\"locked\":\"true\"}",
        "{\"type\":\"answer\",\"q\":\"0\",\"answer\":{\"choice\":1}}", "{\"type\":\"answer\",\"q\":0,\"answer\":{\"choice\":\"1\"}}",
        "{\"type\":\"join\",\"v\":1,\"pin\":482913,\"nickname\":\"An\"}", "{\"type\":\"host\",\"v\":\"1\",\"gameId\":4}",
        "{\"type\":\"lock\",\"locked\":null}", "null", "{\"type\":\"start\",\"extra\":true}"}) {
      try {
        FrameReader.read(text);
        throw new AssertionError("accepted: " + text);
      } catch (FrameReader.Refused refused) {
        assertThat(refused.code()).as(text).isEqualTo("BAD_FRAME");
      }
    }
  }

  @Example
  void each_frame_of_the_protocol_reads_as_its_own_record() throws Exception {
    assertThat(FrameReader.read("{\"type\":\"kick\",\"playerId\":7}")).isEqualTo(new ClientFrame.Kick(7, false));
    assertThat(FrameReader.read("{\"type\":\"lateJoin\",\"allowed\":false}")).isEqualTo(new ClientFrame.LateJoin(false));
    assertThat(FrameReader.read("{\"type\":\"join\",\"v\":1,\"pin\":\"482913\",\"nickname\":\"Lan\"}"))
        .isEqualTo(new ClientFrame.Join(1, "482913", "Lan", null));
    assertThat(FrameReader.read("{\"type\":\"answer\",\"q\":0,\"answer\":{\"order\":[2,0,1]}}"))
        .isEqualTo(new ClientFrame.Answer(0, vn.luatvui.server.judging.AnswerPayload.ofOrder(2, 0, 1)));
    try {
      FrameReader.read("{\"type\":\"join\",\"v\":2,\"pin\":\"482913\",\"nickname\":\"Lan\"}");
      throw new AssertionError("version 2 accepted");
    } catch (FrameReader.Refused refused) {
      assertThat(refused.code()).isEqualTo("VERSION");
    }
  }
}
