package vn.luatvui.server.game.live;

import vn.luatvui.server.game.room.RoomCommand;

/**
 * The allow-lists of the protocol: which frames a host and a player may send, as room commands.
 * The player's id always comes from the connection, never from the frame.
 */
final class Commands {
  private Commands() {
  }

  /** The command for a host's frame, or null when a host may not send it. */
  static RoomCommand fromHost(ClientFrame f, long now) {
    return switch (f.type()) {
      case "start" -> new RoomCommand.Start(now);
      case "next" -> new RoomCommand.Next(now);
      case "skip" -> new RoomCommand.Skip(now);
      case "pause" -> new RoomCommand.Pause(now);
      case "resume" -> new RoomCommand.Resume(now);
      case "end" -> new RoomCommand.EndGame(now);
      case "leaderboard" -> f.shown() == null ? null : new RoomCommand.ShowLeaderboard(f.shown(), now);
      case "lock" -> f.locked() == null ? null : new RoomCommand.Lock(f.locked(), now);
      case "lateJoin" -> f.allowed() == null ? null : new RoomCommand.AllowLateJoin(f.allowed(), now);
      case "kick" -> f.playerId() == null ? null
          : new RoomCommand.Kick(f.playerId(), Boolean.TRUE.equals(f.ban()), now);
      default -> null;
    };
  }

  /** The command for a player's frame, or null when a player may not send it. */
  static RoomCommand fromPlayer(ClientFrame f, int playerId, long now) {
    return switch (f.type()) {
      case "answer" -> f.q() == null || f.answer() == null ? null
          : new RoomCommand.Answer(playerId, f.q(), f.answer(), now);
      case "leave" -> new RoomCommand.Leave(playerId, now);
      default -> null;
    };
  }
}
