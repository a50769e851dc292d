package vn.luatvui.server.game.room;

import java.util.Arrays;
import java.util.List;

/**
 * The order of the players (xếp hạng): score, highest first; then, in ACCURACY_FIRST, the total time
 * spent on correct answers, lowest first; then join order. Every player gets a distinct rank.
 * Only players in the game (connected or not) are ranked; those who left the lobby or were kicked are not.
 *
 * <p>O(n log n) with two sorts of primitive {@code long} keys and no boxing: a few milliseconds for
 * 10,000 players.
 */
public final class PlayerRanking {
  private static final int INDEX_BITS = 21;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
  private static final long MAX_TIME = (1L << (63 - INDEX_BITS)) - 1;

  private PlayerRanking() {
  }

  /** Indices (in {@code players}) of the ranked players, best first. */
  public static int[] order(List<Player> players, ScoringMode mode) {
    if (players.size() > INDEX_MASK) {
      throw new IllegalArgumentException("Too many players to rank: " + players.size());
    }
    int ranked = 0;
    for (Player p : players) {
      ranked += p.active() ? 1 : 0;
    }
    // Pass 1: the tie-break below the score (time, then join order) as an ordinal per player.
    long[] ties = new long[ranked];
    int k = 0;
    for (int i = 0; i < players.size(); i++) {
      Player p = players.get(i);
      if (p.active()) {
        long time = mode == ScoringMode.ACCURACY_FIRST ? Math.min(MAX_TIME, p.correctTimeMs()) : 0;
        ties[k++] = time << INDEX_BITS | i;
      }
    }
    Arrays.sort(ties);
    // Pass 2: score descending, then that ordinal.
    long[] keys = new long[ranked];
    for (int ordinal = 0; ordinal < ranked; ordinal++) {
      Player p = players.get((int) (ties[ordinal] & INDEX_MASK));
      keys[ordinal] = (long) (Integer.MAX_VALUE - p.score()) << 32 | ordinal;
    }
    Arrays.sort(keys);
    int[] order = new int[ranked];
    for (int r = 0; r < ranked; r++) {
      order[r] = (int) (ties[(int) (keys[r] & 0xFFFFFFFFL)] & INDEX_MASK);
    }
    return order;
  }
}
