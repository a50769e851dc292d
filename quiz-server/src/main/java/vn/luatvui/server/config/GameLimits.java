package vn.luatvui.server.config;

import java.time.Duration;

/**
 * The limits of the live-game door (docs/security.md). Every connection counts against its client
 * address, loopback included: behind a proxy on the same machine every player is 127.0.0.1.
 *
 * @param identifyPerMinute      join, reconnect and host frames accepted from one address in a minute
 *                               (GAME_IDENTIFY_PER_MINUTE)
 * @param unidentifiedPerAddress sockets one address may hold open on one server before naming a game
 *                               (GAME_UNIDENTIFIED_PER_ADDRESS); more are refused at the handshake
 * @param identifyTimeout        how long a socket may stay open without naming a game (GAME_IDENTIFY_SECONDS)
 * @param maxPlayers             the most players a host may allow in one game (GAME_MAX_PLAYERS)
 */
public record GameLimits(int identifyPerMinute, int unidentifiedPerAddress, Duration identifyTimeout, int maxPlayers) {
  /** A room's player cap when its host does not choose one (lower when GAME_MAX_PLAYERS is lower). */
  public static final int DEFAULT_ROOM_PLAYERS = 200;

  /** A class of 60 behind one NAT joins, drops and comes back several times within a minute and stays under these. */
  public static GameLimits defaults() {
    return new GameLimits(300, 100, Duration.ofSeconds(10), 1000);
  }

  /** The cap of a room whose host chose none. */
  public int defaultRoomPlayers() {
    return Math.min(DEFAULT_ROOM_PLAYERS, maxPlayers);
  }
}
