package vn.luatvui.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What a benchmark reads of a server process it did not start: its heap after a full GC, its CPU time. */
final class ServerJvm {
  private static final long TICKS_PER_SECOND = ticksPerSecond();

  private ServerJvm() {
  }

  /** Used heap after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}), in bytes. */
  static long usedHeapAfterGc(long pid) throws Exception {
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    // e.g. " garbage-first heap   total 262144K, used 53123K [..."
    for (String line : info.split("\n")) {
      int used = line.indexOf("used ");
      if (line.contains("heap") && used >= 0) {
        return Long.parseLong(line.substring(used + 5).split("[ ,]")[0].replace("K", "")) * 1024;
      }
    }
    throw new IllegalStateException("No heap figure in: " + info);
  }

  /** The process's CPU time so far (user and system, every thread) from /proc/PID/stat, in nanoseconds. */
  static long cpuNanos(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    // The fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return ticks * 1_000_000_000L / TICKS_PER_SECOND;
  }

  /** The machine's load averages, as {@code uptime} prints them. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return "load average " + f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException e) {
      return "load average unknown";
    }
  }

  static String jcmd(long pid, String command) throws Exception {
    Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return output;
  }

  private static long ticksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor(10, TimeUnit.SECONDS);
      return Long.parseLong(output);
    } catch (Exception e) {
      return 100; // Linux's USER_HZ nearly everywhere
    }
  }
}
