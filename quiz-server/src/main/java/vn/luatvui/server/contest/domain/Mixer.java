package vn.luatvui.server.contest.domain;

import java.util.List;

/**
 * A seeded SplitMix64 sequence (bộ trộn có hạt giống): the same seed always gives the same numbers,
 * on every JVM. The contest domain never reads a random source of its own.
 */
final class Mixer {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  Mixer(long seed) {
    this.state = mix(seed);
  }

  long next() {
    state += GOLDEN;
    return mix(state);
  }

  /** A number in 0 (inclusive) .. bound (exclusive); the modulo bias is below 2^-32 for contest sizes. */
  int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) Long.remainderUnsigned(next(), bound);
  }

  /** Fisher–Yates, in place. */
  <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  /** SplitMix64's finaliser: nearby inputs give unrelated outputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
