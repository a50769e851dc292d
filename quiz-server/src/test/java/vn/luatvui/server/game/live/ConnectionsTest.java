package vn.luatvui.server.game.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.metrics.Meters;

/**
 * A screen seated again after a takeover sends its answers right behind its reconnect, before its
 * Welcome has left the outbox (it waits behind other players' answers being logged): those answers
 * are its player's, not refused as from a stranger.
 */
class ConnectionsTest {
  private final Connections connections = new Connections(7, new Meters(new SimpleMeterRegistry()), null);
  private final Link screen = new RemoteLink("server-b", 41, 7, null);

  @Test
  void a_screen_whose_welcome_is_on_its_way_answers_as_its_player() {
    assertThat(connections.player(screen)).isNull();

    connections.welcoming(screen, 12);

    assertThat(connections.player(screen)).isEqualTo(12);
    assertThat(connections.seated(screen)).as("seated only once welcomed").isFalse();
  }

  @Test
  void a_screen_closed_before_its_welcome_is_nobody() {
    connections.welcoming(screen, 12);

    assertThat(connections.closed(screen)).isNull();

    assertThat(connections.player(screen)).isNull();
  }

  @Test
  void another_screen_is_not_taken_for_the_player() {
    connections.welcoming(screen, 12);

    assertThat(connections.player(new RemoteLink("server-b", 42, 7, null))).isNull();
    assertThat(connections.player(new RemoteLink("server-c", 41, 7, null))).isNull();
  }
}
