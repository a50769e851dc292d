package vn.luatvui.server.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.Main;

/**
 * A real quiz-server in a process of its own (a JVM forked with the test classpath, started as the
 * jar's main class starts it), so a test can kill it as an operator's {@code kill -9} would. Its
 * output goes to a file under target/, named in failures.
 */
public final class ServerProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final Process process;
  private final int port;
  private final Path output;

  private ServerProcess(Process process, int port, Path output) {
    this.process = process;
    this.port = port;
    this.output = output;
  }

  /** Starts a server with this environment (see {@link TestServer#environment}); it is not ready yet. */
  public static ServerProcess launch(String name, Map<String, String> environment) throws IOException {
    Path output = Files.createDirectories(Path.of("target", "server-processes")).resolve(name + ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().putAll(environment);
    return new ServerProcess(builder.start(), Integer.parseInt(environment.get(AppConfig.HTTP_PORT)), output);
  }

  /**
   * Starts a server and waits until it answers ready; one that gives up at start (its first
   * connection to Redis timed out on a loaded machine, say) is started once more.
   */
  public static ServerProcess start(String name, Map<String, String> environment) throws Exception {
    ServerProcess first = launch(name, environment);
    try {
      return first.awaitReady(Duration.ofSeconds(150));
    } catch (AssertionError e) {
      if (first.process.isAlive()) {
        first.close();
        throw e;
      }
      return launch(name + "-again", environment).awaitReady(Duration.ofSeconds(150));
    }
  }

  /** Waits until {@code /health/ready} answers 200; fails if the process ends or the time runs out. */
  public ServerProcess awaitReady(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Server process ended with " + process.exitValue() + "; see " + output.toAbsolutePath());
      }
      try {
        HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return this;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Server not ready within " + timeout + "; see " + output.toAbsolutePath());
  }

  public int port() {
    return port;
  }

  /** Kills the process at once, as SIGKILL does: no shutdown hook, no lease given up, sockets cut. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public File log() {
    return output.toFile();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
