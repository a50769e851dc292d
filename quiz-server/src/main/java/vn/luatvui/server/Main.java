package vn.luatvui.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.config.ConfigException;

/** Starts quiz-server from environment variables and stops it gracefully on SIGTERM / Ctrl-C. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {
  }

  public static void main(String[] args) {
    AppConfig config;
    try {
      config = AppConfig.fromEnvironment();
    } catch (ConfigException e) {
      System.err.println("LuậtVui cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      QuizServer server = QuizServer.start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (Exception e) {
          LOG.error("Shutdown did not complete cleanly", e);
        }
      }, "shutdown"));
    } catch (Exception e) {
      LOG.error("LuậtVui cannot start: {}", e.getMessage(), e);
      System.exit(1);
    }
  }
}
