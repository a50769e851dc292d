package vn.luatvui.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * A PostgreSQL location given as {@code postgresql://user:password@host:port/database[?sslmode=require]}.
 * Parsed once so that the reactive client, JDBC (for migrations) and the logs agree.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password, String sslMode) {

  public static final int DEFAULT_PORT = 5432;
  private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

  public static DatabaseUrl parse(String variable, String value) {
    String expected = "a URL like postgresql://user:password@host:5432/database";
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new ConfigException(variable, value, expected);
    }
    if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
      throw new ConfigException(variable, value, expected + " (scheme must be postgresql)");
    }
    if (uri.getHost() == null) {
      throw new ConfigException(variable, value, expected + " (host is missing)");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (path.isBlank() || path.contains("/")) {
      throw new ConfigException(variable, value, expected + " (database name is missing)");
    }
    String user = "postgres";
    String password = null;
    if (uri.getUserInfo() != null) {
      String[] parts = uri.getUserInfo().split(":", 2);
      user = parts[0];
      password = parts.length > 1 ? parts[1] : null;
    }
    String sslMode = sslMode(variable, value, uri.getQuery());
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    return new DatabaseUrl(uri.getHost(), port, path, user, password, sslMode);
  }

  public static DatabaseUrl local(String host, int port, String database) {
    return new DatabaseUrl(host, port, database, "postgres", null, null);
  }

  public DatabaseUrl withDatabase(String otherDatabase) {
    return new DatabaseUrl(host, port, otherDatabase, user, password, sslMode);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database + (sslMode == null ? "" : "?sslmode=" + sslMode);
  }

  /** The URL with the password hidden, for logs. */
  public String masked() {
    String credentials = password == null ? user : user + ":****";
    return "postgresql://" + credentials + "@" + host + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return masked();
  }

  private static String sslMode(String variable, String value, String query) {
    if (query == null || query.isBlank()) {
      return null;
    }
    String mode = null;
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals("sslmode") && kv.length == 2 && SSL_MODES.contains(kv[1])) {
        mode = kv[1];
      } else {
        throw new ConfigException(variable, value,
            "the only query parameter understood is sslmode=" + String.join("|", SSL_MODES));
      }
    }
    return mode;
  }
}
