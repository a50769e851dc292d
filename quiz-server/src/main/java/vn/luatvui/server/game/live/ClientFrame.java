package vn.luatvui.server.game.live;

import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.game.room.RoomCommand;

/**
 * A frame a client may send (docs/protocol.md), one record per {@code type}: the type on the wire
 * is the record's name with a small first letter ({@code lateJoin} for {@link LateJoin}). Frames
 * are read strictly by {@link FrameReader}: a field a frame does not have, or of the wrong type,
 * refuses the whole frame. Which side may send which frame is in the type: {@link Hello} opens a
 * connection, {@link HostFrame}s become the host's commands and {@link PlayerFrame}s a player's.
 */
public sealed interface ClientFrame {

  /** The first frame of a connection: who it is, in protocol version {@code v}. */
  sealed interface Hello extends ClientFrame {
    int v();
  }

  /** A frame only the host's screen may send. */
  sealed interface HostFrame extends ClientFrame {
    RoomCommand.HostCommand command(long now);
  }

  /** A frame only a seated player may send; the player's id comes from the connection, never the frame. */
  sealed interface PlayerFrame extends ClientFrame {
    RoomCommand.PlayerCommand command(int playerId, long now);
  }

  /** The host's screen for a game (the session cookie must belong to the game's host or an admin). */
  record Host(int v, long gameId) implements Hello {
  }

  /**
   * A new player; {@code unitId}, optional, is the unit they say they belong to (one of those the
   * {@code PinFound} offered), counted as a person reached for it once the game is over.
   */
  record Join(int v, String pin, String nickname, Long unitId) implements Hello {
  }

  /** A player coming back with the token of their {@code Welcome}. */
  record Reconnect(int v, String pin, String token) implements Hello {
  }

  /**
   * Whether a game has this PIN, before the player picks a nickname: answered with {@code PinFound}
   * or {@code Error GAME_NOT_FOUND}. It names no game: the socket may then {@link Join} on.
   */
  record Check(int v, String pin) implements Hello {
  }

  /** Keep-alive from anyone, at any time; answered with {@code pong}. */
  record Ping() implements ClientFrame {
  }

  record Answer(int q, AnswerPayload answer) implements PlayerFrame {
    @Override
    public RoomCommand.Answer command(int playerId, long now) {
      return new RoomCommand.Answer(playerId, q, answer, now);
    }
  }

  record Leave() implements PlayerFrame {
    @Override
    public RoomCommand.Leave command(int playerId, long now) {
      return new RoomCommand.Leave(playerId, now);
    }
  }

  record Start() implements HostFrame {
    @Override
    public RoomCommand.Start command(long now) {
      return new RoomCommand.Start(now);
    }
  }

  record Next() implements HostFrame {
    @Override
    public RoomCommand.Next command(long now) {
      return new RoomCommand.Next(now);
    }
  }

  record Skip() implements HostFrame {
    @Override
    public RoomCommand.Skip command(long now) {
      return new RoomCommand.Skip(now);
    }
  }

  record Pause() implements HostFrame {
    @Override
    public RoomCommand.Pause command(long now) {
      return new RoomCommand.Pause(now);
    }
  }

  record Resume() implements HostFrame {
    @Override
    public RoomCommand.Resume command(long now) {
      return new RoomCommand.Resume(now);
    }
  }

  record End() implements HostFrame {
    @Override
    public RoomCommand.EndGame command(long now) {
      return new RoomCommand.EndGame(now);
    }
  }

  record Leaderboard(boolean shown) implements HostFrame {
    @Override
    public RoomCommand.ShowLeaderboard command(long now) {
      return new RoomCommand.ShowLeaderboard(shown, now);
    }
  }

  record Lock(boolean locked) implements HostFrame {
    @Override
    public RoomCommand.Lock command(long now) {
      return new RoomCommand.Lock(locked, now);
    }
  }

  record LateJoin(boolean allowed) implements HostFrame {
    @Override
    public RoomCommand.AllowLateJoin command(long now) {
      return new RoomCommand.AllowLateJoin(allowed, now);
    }
  }

  /** Removes a player; {@code ban} (false when left out) keeps their nickname out of this game. */
  record Kick(int playerId, boolean ban) implements HostFrame {
    @Override
    public RoomCommand.Kick command(long now) {
      return new RoomCommand.Kick(playerId, ban, now);
    }
  }
}
