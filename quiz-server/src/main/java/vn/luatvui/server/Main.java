package vn.luatvui.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.config.ConfigException;

/** Starts quiz-server from environment variables and stops it gracefully on SIGTERM / Ctrl-C. */
public final class Main {
  // Commands: none (serve), or rebuild-leaderboards (rewrite every contest leaderboard in Redis from
  // PostgreSQL, then exit), laws diff (print what the legal store's files would change, write nothing),
  // laws load (apply them, changed files included, then exit).
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
    if (args.length > 0 && "rebuild-leaderboards".equals(args[0])) {
      rebuild(config);
      return;
    }
    if (args.length > 0 && "laws".equals(args[0])) {
      laws(config, args.length > 1 ? args[1] : "");
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

  private static void laws(AppConfig config, String command) {
    if (!command.equals("diff") && !command.equals("load")) {
      System.err.println("usage: laws diff | laws load");
      System.exit(2);
      return;
    }
    try {
      QuizServer.laws(config, command.equals("load")).forEach(System.out::println);
      System.exit(0);
    } catch (Exception e) {
      LOG.error("Loading the legal store failed: {}", e.getMessage(), e);
      System.exit(1);
    }
  }

  private static void rebuild(AppConfig config) {
    try {
      long rows = QuizServer.rebuildLeaderboards(config);
      LOG.info("Rebuilt every contest leaderboard from PostgreSQL: {} rows", rows);
      System.exit(0);
    } catch (Exception e) {
      LOG.error("Rebuilding the leaderboards failed: {}", e.getMessage(), e);
      System.exit(1);
    }
  }
}
