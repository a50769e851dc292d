package vn.luatvui.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time another process has used so far, in user and in kernel (system) mode, read from Linux's
 * {@code /proc/PID/stat} (in clock ticks: 10 ms each on most kernels, so measure over enough work).
 */
record ProcessCpu(long userNanos, long systemNanos) {
  /** Clock ticks per second ({@code getconf CLK_TCK}); Linux has used 100 on every common build. */
  private static final long TICKS_PER_SECOND = 100;

  static ProcessCpu of(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at 3.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long tick = 1_000_000_000L / TICKS_PER_SECOND;
    return new ProcessCpu(Long.parseLong(f[11]) * tick, Long.parseLong(f[12]) * tick);
  }

  ProcessCpu minus(ProcessCpu earlier) {
    return new ProcessCpu(userNanos - earlier.userNanos, systemNanos - earlier.systemNanos);
  }

  long totalNanos() {
    return userNanos + systemNanos;
  }

  /** e.g. "12.3 µs per message (user 6.1, system 6.2)". */
  String perMessage(long messages) {
    double n = Math.max(1, messages) * 1000.0;
    return String.format("%.1f µs per message (user %.1f, system %.1f)", totalNanos() / n, userNanos / n, systemNanos / n);
  }
}
