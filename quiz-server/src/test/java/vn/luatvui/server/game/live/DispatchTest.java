package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.game.room.PlayerQuestion;
import vn.luatvui.server.game.room.RoomEvent;
import vn.luatvui.server.metrics.Meters;

/** A storm of catch-ups encodes the same question once, and never hands out a frame of another. */
class DispatchTest {
  private final Meters meters = new Meters(new SimpleMeterRegistry());
  private final Dispatch dispatch = new Dispatch(new Connections(7, meters, null), Map.of(), meters, null);
  private final PlayerQuestion question = new PlayerQuestion(2, 3, 10, QuestionType.SINGLE_CHOICE,
      "Người từ đủ bao nhiêu tuổi phải chịu trách nhiệm hình sự về mọi tội phạm?", null, null,
      List.of("14 tuổi", "16 tuổi", "18 tuổi"), 20, 1000);

  @Test
  void an_equal_event_gets_the_frame_already_encoded() {
    String first = dispatch.encode(new RoomEvent.QuestionOpened(question, 1_000_000L, 15_000));

    String again = dispatch.encode(new RoomEvent.QuestionOpened(question, 1_000_000L, 15_000));

    assertThat(again).isSameAs(first).isEqualTo(Frames.event(new RoomEvent.QuestionOpened(question, 1_000_000L, 15_000)));
  }

  @Test
  void an_event_that_differs_in_anything_is_encoded_anew() {
    String earlier = dispatch.encode(new RoomEvent.QuestionOpened(question, 1_000_000L, 15_000));
    dispatch.encode(new RoomEvent.AnswerAccepted(2, true)); // another kind in between keeps its own

    String later = dispatch.encode(new RoomEvent.QuestionOpened(question, 1_000_000L, 14_999));
    String otherAnswer = dispatch.encode(new RoomEvent.AnswerAccepted(2, false));

    assertThat(later).contains("\"remainingMillis\":14999").isNotEqualTo(earlier);
    assertThat(otherAnswer).contains("\"alreadyAnswered\":false");
    assertThat(dispatch.encode(new RoomEvent.QuestionOpened(question, 1_000_000L, 15_000))).isEqualTo(earlier);
  }
}
