package vn.luatvui.server.game.room;

import vn.luatvui.server.judging.AnswerPayload;

/**
 * What the room is asked to do. Every command carries the server time ({@code now}, epoch
 * milliseconds) at which it is applied: the room has no clock of its own.
 *
 * <p>Three families, so the transport can keep an allow-list per sender: {@link HostCommand}s come
 * only from the host's connection; {@link PlayerCommand}s from players (the transport fills in
 * {@code playerId} from the authenticated connection, never from the message); {@link ServerCommand}s
 * from the server itself (timers, closed sockets).
 */
public sealed interface RoomCommand permits RoomCommand.HostCommand, RoomCommand.PlayerCommand,
    RoomCommand.ServerCommand {

  long now();

  /** From the host (chủ phòng). */
  sealed interface HostCommand extends RoomCommand permits Start, Next, Skip, Pause, Resume, EndGame, ShowLeaderboard,
      Lock, AllowLateJoin, Kick {
  }

  /** From a player or someone joining. */
  sealed interface PlayerCommand extends RoomCommand permits Join, Reconnect, Leave, Answer {
  }

  /** From the server around the room. */
  sealed interface ServerCommand extends RoomCommand permits Tick, Disconnect, Outage {
  }

  /** Start the game (bắt đầu): the first question. Needs at least one player. */
  record Start(long now) implements HostCommand {
  }

  /**
   * Move on (tiếp): open answers now (from the lead-in), close answers now (from an open question),
   * then the scoreboard, the next question, the podium, the end. Also ends a pause.
   */
  record Next(long now) implements HostCommand {
  }

  /** Skip the current question without scoring it (bỏ qua): its answers are discarded. */
  record Skip(long now) implements HostCommand {
  }

  /** Freeze the timer (tạm dừng); the remaining time is kept. */
  record Pause(long now) implements HostCommand {
  }

  /** Let the timer run again with the time that remained (tiếp tục). */
  record Resume(long now) implements HostCommand {
  }

  /** End now (kết thúc sớm): the current question is not scored; the podium, or the end from the lobby. */
  record EndGame(long now) implements HostCommand {
  }

  /** Show or hide the scoreboard after each question. */
  record ShowLeaderboard(boolean shown, long now) implements HostCommand {
  }

  /** Lock (khóa phòng) or unlock the room to new players. */
  record Lock(boolean locked, long now) implements HostCommand {
  }

  /** Allow or refuse joining after the start. */
  record AllowLateJoin(boolean allowed, long now) implements HostCommand {
  }

  /** Remove a player (mời ra); with {@code ban}, their nickname cannot join this game again. */
  record Kick(int playerId, boolean ban, long now) implements HostCommand {
  }

  /**
   * Join with a nickname. {@code token} is the reconnect token the caller generated for this player
   * (random, unguessable); the room only stores and compares it.
   */
  record Join(String nickname, String token, long now) implements PlayerCommand {
  }

  /** Come back after a dropped connection or a reload, with the token given at join. */
  record Reconnect(String token, long now) implements PlayerCommand {
  }

  /** Leave on purpose: frees the seat in the lobby; after the start it is the same as a dropped connection. */
  record Leave(int playerId, long now) implements PlayerCommand {
  }

  /** Answer question {@code questionIndex} (0-based) with positions as the player saw them. */
  record Answer(int playerId, int questionIndex, AnswerPayload answer, long now) implements PlayerCommand {
  }

  /** Time has passed: opens answers when the lead-in is over, closes them at the deadline. Early ticks do nothing. */
  record Tick(long now) implements ServerCommand {
  }

  /**
   * The server that played the room stopped answering at {@code since} and another took the room
   * over at {@code now}: a running timer is moved on by the time the room was away, as after a
   * pause, and answers stamped while it was away count as given when it came back.
   */
  record Outage(long since, long now) implements ServerCommand {
  }

  /** A player's connection dropped. Not a leave: the player keeps seat, score and streak. */
  record Disconnect(int playerId, long now) implements ServerCommand {
  }
}
