package vn.luatvui.server.game.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.luatvui.server.game.room.RoomCommand.Answer;
import vn.luatvui.server.game.room.RoomCommand.Join;
import vn.luatvui.server.game.room.RoomEvent.Welcome;
import vn.luatvui.server.judging.AnswerPayload;

/**
 * Drives a room in tests: a server clock that tests move forward, the last transition's events,
 * and every command sent (to replay it on a restored room).
 */
final class Play {
  static final long T0 = 1_700_000_000_000L;

  Room room;
  long now = T0;
  List<Delivery> last = List.of();
  final List<RoomCommand> sent = new ArrayList<>();

  Play(GameSetup setup) {
    room = Room.create(setup);
  }

  Play(Room room) {
    this.room = room;
  }

  Play send(RoomCommand command) {
    Transition t = room.handle(command);
    room = t.room();
    last = t.events();
    sent.add(command);
    return this;
  }

  Play after(long millis) {
    now += millis;
    return this;
  }

  int join(String nickname) {
    send(new Join(nickname, "token-" + nickname, now));
    Welcome w = one(Welcome.class);
    return w.playerId();
  }

  Play answer(int playerId, AnswerPayload payload) {
    return send(new Answer(playerId, room.questionIndex(), payload, now));
  }

  Play start() {
    return send(new RoomCommand.Start(now));
  }

  Play next() {
    return send(new RoomCommand.Next(now));
  }

  Play tick() {
    return send(new RoomCommand.Tick(now));
  }

  /** Moves the clock to the room's timer and ticks. */
  Play timeUp() {
    now = room.timerAt().orElseThrow();
    return tick();
  }

  <T extends RoomEvent> List<T> events(Class<T> type) {
    return last.stream().map(Delivery::event).filter(type::isInstance).map(type::cast).toList();
  }

  <T extends RoomEvent> T one(Class<T> type) {
    List<T> found = events(type);
    assertThat(found).as("one %s in %s", type.getSimpleName(), names()).hasSize(1);
    return found.get(0);
  }

  /** The event of this type sent to this player. */
  <T extends RoomEvent> T to(int playerId, Class<T> type) {
    List<T> found = last.stream().filter(d -> d.to().equals(Recipient.player(playerId))).map(Delivery::event)
        .filter(type::isInstance).map(type::cast).toList();
    assertThat(found).as("one %s for player %d in %s", type.getSimpleName(), playerId, names()).hasSize(1);
    return found.get(0);
  }

  Recipient recipientOf(Class<? extends RoomEvent> type) {
    return last.stream().filter(d -> type.isInstance(d.event())).findFirst().orElseThrow().to();
  }

  String names() {
    return last.stream().map(d -> d.event().getClass().getSimpleName()).collect(Collectors.joining(", "));
  }

  Player player(int id) {
    return room.player(id);
  }
}
