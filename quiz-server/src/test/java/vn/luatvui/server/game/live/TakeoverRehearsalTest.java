package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The rehearsal goes through a whole takeover (snapshot packed and read, log written and replayed,
 * every player seated again); it throws when the room does not come back whole, and a server would
 * then warm nothing and say so in its log.
 */
class TakeoverRehearsalTest {
  @Test
  void a_rehearsed_takeover_gives_every_player_back() {
    assertThatCode(() -> TakeoverRehearsal.run(300, 2)).doesNotThrowAnyException();
  }
}
