package vn.luatvui.server.config;

import java.net.URI;
import java.net.URISyntaxException;

/** A Redis location given as {@code redis://[:password@]host:port[/db]} (or rediss:// for TLS). */
public record RedisUrl(String host, int port, int database, String password, boolean tls) {

  public static final int DEFAULT_PORT = 6379;

  public static RedisUrl parse(String variable, String value) {
    String expected = "a URL like redis://:password@host:6379/0";
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new ConfigException(variable, value, expected);
    }
    boolean tls = "rediss".equals(uri.getScheme());
    if (!tls && !"redis".equals(uri.getScheme())) {
      throw new ConfigException(variable, value, expected + " (scheme must be redis or rediss)");
    }
    if (uri.getHost() == null) {
      throw new ConfigException(variable, value, expected + " (host is missing)");
    }
    int database = 0;
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (!path.isEmpty()) {
      try {
        database = Integer.parseInt(path);
      } catch (NumberFormatException e) {
        throw new ConfigException(variable, value, expected + " (database must be a number)");
      }
    }
    String password = null;
    if (uri.getUserInfo() != null) {
      String info = uri.getUserInfo();
      int colon = info.indexOf(':');
      password = colon >= 0 ? info.substring(colon + 1) : info;
      if (password.isEmpty()) {
        password = null;
      }
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    return new RedisUrl(uri.getHost(), port, database, password, tls);
  }

  public static RedisUrl local(String host, int port) {
    return new RedisUrl(host, port, 0, null, false);
  }

  public String masked() {
    return (tls ? "rediss://" : "redis://") + (password == null ? "" : ":****@") + host + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return masked();
  }
}
