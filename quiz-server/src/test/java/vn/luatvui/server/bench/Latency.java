package vn.luatvui.server.bench;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * The benchmarks' one way of reading latencies: HdrHistograms recorded in nanoseconds, printed in
 * milliseconds with one decimal, and the spread of one figure over several runs.
 */
final class Latency {
  private Latency() {
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** The value at {@code percentile} (0–100), in milliseconds. */
  static double p(Histogram h, double percentile) {
    return ms(h.getValueAtPercentile(percentile));
  }

  static double max(Histogram h) {
    return ms(h.getMaxValue());
  }

  /** {@code p50 1.2 ms  p99 3.4 ms  p99.9 5.6 ms  max 7.8 ms}. */
  static String summary(Histogram h) {
    return String.format("p50 %.1f ms  p99 %.1f ms  p99.9 %.1f ms  max %.1f ms", p(h, 50), p(h, 99), p(h, 99.9),
        max(h));
  }

  /** The lowest, middle (the upper one of an even count) and highest of one figure over several runs. */
  record Spread(double min, double median, double max) {
    static Spread of(double... values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      return new Spread(sorted[0], sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    @Override
    public String toString() {
      return String.format("min %.1f  median %.1f  max %.1f", min, median, max);
    }
  }
}
