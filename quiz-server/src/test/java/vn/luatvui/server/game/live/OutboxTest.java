package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.game.room.Delivery;
import vn.luatvui.server.game.room.Recipient;
import vn.luatvui.server.game.room.Rejection;
import vn.luatvui.server.game.room.RoomEvent;

/** The room's events leave in the order the room produced them, an acknowledgement only once it is logged. */
class OutboxTest {
  private final List<String> sent = new ArrayList<>();
  private final Outbox outbox = new Outbox(batch -> batch.events.forEach(d -> sent.add(name(d))));

  @Test
  void events_that_need_no_log_go_out_at_once() {
    outbox.add(events("opened"), null, null, false);
    outbox.add(events("paused"), null, null, false);

    assertThat(sent).containsExactly("opened", "paused");
  }

  @Test
  void an_acknowledgement_waits_for_the_log_and_what_follows_waits_behind_it() {
    Outbox.Batch answer = outbox.add(events("accepted"), null, null, true);
    outbox.add(events("opened"), null, null, false);
    assertThat(sent).isEmpty();

    outbox.logged(answer);

    assertThat(sent).containsExactly("accepted", "opened");
  }

  @Test
  void acknowledgements_logged_out_of_order_still_leave_in_order() {
    Outbox.Batch first = outbox.add(events("first"), null, null, true);
    Outbox.Batch second = outbox.add(events("second"), null, null, true);

    outbox.logged(second);
    assertThat(sent).isEmpty();
    outbox.logged(first);

    assertThat(sent).containsExactly("first", "second");
  }

  @Test
  void a_batch_that_could_not_be_logged_never_leaves_and_no_longer_holds_the_rest() {
    Outbox.Batch lost = outbox.add(events("accepted"), null, null, true);
    outbox.add(events("count"), null, null, false);

    outbox.drop(lost);

    assertThat(sent).containsExactly("count");
  }

  /** One event standing for a command's events, told apart by its message. */
  private static List<Delivery> events(String name) {
    return List.of(new Delivery(Recipient.EVERYONE, new RoomEvent.CommandRejected(Rejection.INVALID_ANSWER, name)));
  }

  private static String name(Delivery d) {
    return ((RoomEvent.CommandRejected) d.event()).message();
  }
}
