package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import vn.luatvui.server.game.room.RoomCommand.AllowLateJoin;
import vn.luatvui.server.game.room.RoomCommand.Answer;
import vn.luatvui.server.game.room.RoomCommand.Disconnect;
import vn.luatvui.server.game.room.RoomCommand.EndGame;
import vn.luatvui.server.game.room.RoomCommand.Join;
import vn.luatvui.server.game.room.RoomCommand.Kick;
import vn.luatvui.server.game.room.RoomCommand.Leave;
import vn.luatvui.server.game.room.RoomCommand.Lock;
import vn.luatvui.server.game.room.RoomCommand.Next;
import vn.luatvui.server.game.room.RoomCommand.Outage;
import vn.luatvui.server.game.room.RoomCommand.Pause;
import vn.luatvui.server.game.room.RoomCommand.Reconnect;
import vn.luatvui.server.game.room.RoomCommand.Resume;
import vn.luatvui.server.game.room.RoomCommand.ShowLeaderboard;
import vn.luatvui.server.game.room.RoomCommand.Skip;
import vn.luatvui.server.game.room.RoomCommand.Start;
import vn.luatvui.server.game.room.RoomCommand.Tick;

/**
 * One live classroom game (phòng chơi), as a state machine: a command in, the next state and the
 * events to send out. No I/O, no clock, no threads: every command carries the server time, and the
 * same commands from the same state always give the same result.
 *
 * <p>The room is owned by one thread (one Vert.x context) that applies commands in order. It changes
 * in place: keeping 10,000 players in immutable copies would copy them on every answer. {@link
 * #handle} returns the room itself with the events; {@link #snapshot} gives the whole state as
 * plain values to persist, and {@link #restore} continues from one.
 *
 * <p>Timers live around the room: after each command the owner asks {@link #timerAt} and sends a
 * {@link Tick} then (a late or early tick is harmless).
 */
public final class Room {
  private final RoomData d;

  private Room(RoomData d) {
    this.d = d;
  }

  /** A new room in the lobby. */
  public static Room create(GameSetup setup) {
    return new Room(RoomData.create(Objects.requireNonNull(setup)));
  }

  /** The room a snapshot was taken of, ready to take the next command. */
  public static Room restore(RoomState state) {
    return new Room(RoomData.restore(state));
  }

  public Transition handle(RoomCommand command) {
    List<Delivery> out = new ArrayList<>();
    if (command instanceof Answer c) {
      Answering.answer(d, c, out);
    } else if (command instanceof Tick c) {
      Flow.tick(d, c.now(), out);
    } else if (command instanceof Join c) {
      Seats.join(d, c, out);
    } else if (command instanceof Reconnect c) {
      Seats.reconnect(d, c.token(), c.now(), out);
    } else if (command instanceof Outage c) {
      Flow.outage(d, c.since(), c.now(), out);
    } else if (command instanceof Disconnect c) {
      Seats.disconnect(d, c.playerId(), out);
    } else if (command instanceof Leave c) {
      Seats.leave(d, c.playerId(), out);
    } else if (command instanceof Start c) {
      Flow.start(d, c.now(), out);
    } else if (command instanceof Next c) {
      Flow.next(d, c.now(), out);
    } else if (command instanceof Skip c) {
      Flow.skip(d, c.now(), out);
    } else if (command instanceof Pause c) {
      Flow.pause(d, c.now(), out);
    } else if (command instanceof Resume c) {
      Flow.resume(d, c.now(), out);
    } else if (command instanceof EndGame) {
      Flow.end(d, out);
    } else if (command instanceof ShowLeaderboard c) {
      Flow.settings(d, null, null, c.shown(), out);
    } else if (command instanceof Lock c) {
      Flow.settings(d, c.locked(), null, null, out);
    } else if (command instanceof AllowLateJoin c) {
      Flow.settings(d, null, c.allowed(), null, out);
    } else if (command instanceof Kick c) {
      Seats.kick(d, c.playerId(), c.ban(), out);
    } else {
      throw new IllegalArgumentException("Unknown room command " + command);
    }
    return new Transition(this, Collections.unmodifiableList(out));
  }

  /** The whole state as plain values. */
  public RoomState snapshot() {
    return d.snapshot();
  }

  /** When the owner should send a {@link Tick}: the end of the lead-in or the answer deadline; empty when paused or untimed. */
  public OptionalLong timerAt() {
    return d.phase.timed() && !d.paused ? OptionalLong.of(d.endsAt) : OptionalLong.empty();
  }

  /** What a (re)connecting host needs: settings, players, and the current phase's event. */
  public List<RoomEvent> hostCatchUp(long now) {
    return CatchUp.host(d, now);
  }

  public GameSetup setup() {
    return d.setup;
  }

  public Phase phase() {
    return d.phase;
  }

  public boolean paused() {
    return d.paused;
  }

  /** The current question, −1 before the first. */
  public int questionIndex() {
    return d.questionIndex;
  }

  /** The player with this id, or null. */
  public Player player(int id) {
    return d.roster.byId(id);
  }

  /** The player holding this reconnect token, or null (a join refused seats no one). */
  public Player playerWithToken(String token) {
    return d.roster.byToken(token);
  }

  /** Players in the game, connected or not. */
  public int playerCount() {
    return d.roster.active();
  }

  public int connectedCount() {
    return d.roster.connected();
  }

  /** The first {@code n} of the ranking as of the last question (or podium, or kick). */
  public List<ScoreLine> top(int n) {
    return d.top(n);
  }
}
