package vn.luatvui.server.game.room;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luatvui.server.game.room.Player.Presence;

/**
 * The players of one room, in join order (player n at index n − 1), with the look-ups the room
 * needs in constant time: by folded nickname (players in the game), by token (everyone but those
 * who left the lobby), and the counts of players in the game and connected.
 */
final class Roster {
  private final List<Player> players = new ArrayList<>();
  private final Map<String, Integer> byNickname = new HashMap<>();
  private final Map<String, Integer> byToken = new HashMap<>();
  private final Set<String> banned = new LinkedHashSet<>();
  private int active;
  private int connected;

  static Roster of(List<Player> players, List<String> banned) {
    Roster r = new Roster();
    for (Player p : players) {
      if (p.id() != r.players.size() + 1) {
        throw new IllegalArgumentException("Players must be numbered 1, 2, 3… in order; found " + p.id());
      }
      r.players.add(p);
      r.index(p);
    }
    r.banned.addAll(banned);
    return r;
  }

  Player add(String nickname, String token, long now) {
    Player p = Player.joined(players.size() + 1, nickname, token, now);
    players.add(p);
    index(p);
    return p;
  }

  /** Replaces a player's record, keeping the look-ups and counts right; cheap when presence is unchanged. */
  void put(Player updated) {
    Player before = players.get(updated.index());
    players.set(updated.index(), updated);
    if (before.presence() != updated.presence()) {
      unindex(before);
      index(updated);
    }
  }

  private void index(Player p) {
    active += p.active() ? 1 : 0;
    connected += p.presence() == Presence.CONNECTED ? 1 : 0;
    if (p.active()) {
      byNickname.put(Nicknames.key(p.nickname()), p.index());
    }
    if (p.presence() != Presence.LEFT) {
      byToken.put(p.token(), p.index());
    }
  }

  private void unindex(Player p) {
    active -= p.active() ? 1 : 0;
    connected -= p.presence() == Presence.CONNECTED ? 1 : 0;
    if (p.active()) {
      byNickname.remove(Nicknames.key(p.nickname()));
    }
    byToken.remove(p.token());
  }

  /** The player with this id, or null. */
  Player byId(int id) {
    return id >= 1 && id <= players.size() ? players.get(id - 1) : null;
  }

  /** The player holding this token, or null (also for a player who left the lobby). */
  Player byToken(String token) {
    Integer i = token == null ? null : byToken.get(token);
    return i == null ? null : players.get(i);
  }

  Player at(int index) {
    return players.get(index);
  }

  boolean nicknameTaken(String key) {
    return byNickname.containsKey(key);
  }

  boolean tokenTaken(String token) {
    return byToken.containsKey(token);
  }

  boolean banned(String key) {
    return banned.contains(key);
  }

  void ban(String key) {
    banned.add(key);
  }

  int size() {
    return players.size();
  }

  /** Players in the game, connected or not. */
  int active() {
    return active;
  }

  int connected() {
    return connected;
  }

  List<Player> players() {
    return Collections.unmodifiableList(players);
  }

  List<String> bannedNicknames() {
    return List.copyOf(banned);
  }
}
