package vn.luatvui.server.game.room;

import java.util.List;
import java.util.Optional;
import vn.luatvui.server.game.room.Player.Presence;
import vn.luatvui.server.game.room.RoomCommand.Join;
import vn.luatvui.server.game.room.RoomEvent.CommandRejected;
import vn.luatvui.server.game.room.RoomEvent.Kicked;
import vn.luatvui.server.game.room.RoomEvent.PlayerJoined;
import vn.luatvui.server.game.room.RoomEvent.PlayerLeft;
import vn.luatvui.server.game.room.RoomEvent.PresenceChanged;
import vn.luatvui.server.game.room.RoomEvent.Welcome;

/**
 * Who is in the room: joining, dropping, reconnecting, leaving, being kicked. A dropped connection
 * keeps the seat with its score and streak; the token given at join brings the player back, into
 * whatever is happening now.
 */
final class Seats {
  private Seats() {
  }

  static void join(RoomData d, Join c, List<Delivery> out) {
    String nickname = Nicknames.normalize(c.nickname());
    Optional<Rejection> refused = closedToNewPlayers(d).or(() -> Nicknames.check(nickname));
    if (refused.isEmpty()) {
      String key = Nicknames.key(nickname);
      refused = d.roster.banned(key) ? Optional.of(Rejection.NICKNAME_BANNED)
          : d.roster.nicknameTaken(key) ? Optional.of(Rejection.NICKNAME_TAKEN) : Optional.empty();
    }
    if (refused.isPresent()) {
      out.add(Delivery.requester(new CommandRejected(refused.get(), refused.get().message())));
      return;
    }
    if (c.token() == null || c.token().isBlank() || d.roster.tokenTaken(c.token())) {
      throw new IllegalArgumentException("A join needs a new, unique reconnect token");
    }
    Player p = d.addPlayer(nickname, c.token(), c.now());
    out.add(Delivery.requester(welcome(d, p, false)));
    out.add(Delivery.host(new PlayerJoined(p.id(), p.nickname(), d.roster.active())));
    CatchUp.player(d, p, c.now(), out);
  }

  private static Optional<Rejection> closedToNewPlayers(RoomData d) {
    if (d.phase.over()) {
      return Optional.of(Rejection.GAME_OVER);
    } else if (d.locked) {
      return Optional.of(Rejection.ROOM_LOCKED);
    } else if (d.phase != Phase.LOBBY && !d.lateJoinAllowed) {
      return Optional.of(Rejection.GAME_STARTED);
    } else if (d.roster.active() >= d.setup.options().maxPlayers()) {
      return Optional.of(Rejection.ROOM_FULL);
    }
    return Optional.empty();
  }

  static void reconnect(RoomData d, String token, long now, List<Delivery> out) {
    Player p = d.roster.byToken(token);
    if (p == null || !p.active()) {
      Rejection why = p != null && p.presence() == Presence.KICKED ? Rejection.KICKED : Rejection.UNKNOWN_SESSION;
      out.add(Delivery.requester(new CommandRejected(why, why.message())));
      return;
    }
    if (p.presence() != Presence.CONNECTED) {
      p = p.with(Presence.CONNECTED);
      d.put(p);
      out.add(Delivery.host(new PresenceChanged(p.id(), true, d.roster.connected())));
    }
    out.add(Delivery.requester(welcome(d, p, true)));
    CatchUp.player(d, p, now, out);
  }

  static void disconnect(RoomData d, int playerId, List<Delivery> out) {
    Player p = d.roster.byId(playerId);
    if (p != null && p.presence() == Presence.CONNECTED) {
      d.put(p.with(Presence.DISCONNECTED));
      out.add(Delivery.host(new PresenceChanged(playerId, false, d.roster.connected())));
    }
  }

  /** In the lobby the seat is freed; after the start a leave is a dropped connection. */
  static void leave(RoomData d, int playerId, List<Delivery> out) {
    Player p = d.roster.byId(playerId);
    if (p == null || !p.active()) {
      return;
    }
    if (d.phase != Phase.LOBBY) {
      disconnect(d, playerId, out);
      return;
    }
    d.put(p.with(Presence.LEFT));
    out.add(Delivery.host(new PlayerLeft(playerId, p.nickname(), false, false, d.roster.active())));
  }

  static void kick(RoomData d, int playerId, boolean ban, List<Delivery> out) {
    Player p = d.roster.byId(playerId);
    if (d.phase == Phase.FINISHED) {
      Flow.refuse(out, Rejection.GAME_OVER);
      return;
    }
    if (p == null || !p.active()) {
      Flow.refuse(out, Rejection.NOT_A_PLAYER);
      return;
    }
    boolean ranked = p.rank() > 0;
    d.put(p.with(Presence.KICKED).withRank(0));
    if (ban) {
      d.roster.ban(Nicknames.key(p.nickname()));
    }
    if (ranked) {
      d.rank();
    }
    d.reveal = null;
    out.add(Delivery.player(playerId, new Kicked(ban, Rejection.KICKED.message())));
    out.add(Delivery.host(new PlayerLeft(playerId, p.nickname(), true, ban, d.roster.active())));
    Answering.closeIfAllAnswered(d, out);
  }

  private static Welcome welcome(RoomData d, Player p, boolean reconnected) {
    return new Welcome(p.id(), p.nickname(), reconnected, d.phase, d.setup.questionCount(), p.score(), p.streak(),
        p.rank());
  }
}
