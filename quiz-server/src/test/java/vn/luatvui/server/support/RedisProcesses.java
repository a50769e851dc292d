package vn.luatvui.server.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Processes of the machine's {@code redis-server} for one test, with their files and logs in a temporary
 * folder of their own; {@link #close()} stops them all and removes the folder.
 */
final class RedisProcesses implements AutoCloseable {
  final Path folder;
  private final List<Process> processes = new ArrayList<>();

  RedisProcesses(String prefix) throws IOException {
    folder = Files.createTempDirectory(prefix);
  }

  /** Starts a data server on {@code port} (no persistence) with the extra options, and waits until it answers. */
  void server(String name, int port, List<String> extra) throws IOException {
    List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--dir", folder.toString(), "--dbfilename", name + ".rdb",
        "--protected-mode", "no"));
    command.addAll(extra);
    spawn(name, command);
    waitUntil(name + " answers on " + port, Duration.ofSeconds(10), () -> "PONG".equals(onServer(port, c -> c.sync().ping())));
  }

  /** Starts any command, its output in {@code name}.log. */
  void spawn(String name, List<String> command) throws IOException {
    processes.add(new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(folder.resolve(name + ".log").toFile()).start());
  }

  /** The logs of the processes, for a failing test's report. */
  Map<String, String> logs() {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".log")).collect(Collectors.toMap(
          f -> f.getFileName().toString(), f -> {
            try {
              return Files.readString(f);
            } catch (IOException e) {
              return e.toString();
            }
          }));
    } catch (IOException e) {
      return Map.of();
    }
  }

  /** Runs something on a short-lived plain connection to one of the servers (or sentinels). */
  static <T> T onServer(int port, Function<StatefulRedisConnection<String, String>, T> work) {
    RedisClient client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port)
        .withTimeout(Duration.ofSeconds(2)).build());
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      return work.apply(c);
    } finally {
      client.shutdown(0, 1, TimeUnit.SECONDS);
    }
  }

  static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Timed out waiting until " + what, last);
  }

  @Override
  public void close() throws IOException {
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      try {
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
