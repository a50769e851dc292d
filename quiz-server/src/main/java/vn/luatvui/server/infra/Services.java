package vn.luatvui.server.infra;

import vn.luatvui.server.config.DatabaseUrl;
import vn.luatvui.server.config.RedisUrl;

/**
 * Where this process finds PostgreSQL and Redis, and whether it started them itself.
 * Closing it stops whatever was started embedded; external services are left alone.
 */
public record Services(DatabaseUrl database, Source databaseSource, RedisUrl redis, Source redisSource,
                       AutoCloseable embedded) implements AutoCloseable {

  /** How a service was found. */
  public enum Source { CONFIGURED, LOCAL_DEFAULT, EMBEDDED }

  public String describe() {
    return "PostgreSQL " + database.masked() + " (" + label(databaseSource) + "), Redis " + redis.masked()
        + " (" + label(redisSource) + ")";
  }

  @Override
  public void close() throws Exception {
    embedded.close();
  }

  private static String label(Source source) {
    return switch (source) {
      case CONFIGURED -> "configured";
      case LOCAL_DEFAULT -> "local default port";
      case EMBEDDED -> "embedded";
    };
  }
}
