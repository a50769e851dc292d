package vn.luatvui.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL location given as {@code postgresql://user:password@host:port/database}.
 * Parsed once so that the reactive client, JDBC (for migrations) and the logs agree.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password) {

  public static final int DEFAULT_PORT = 5432;

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
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : null;
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    return new DatabaseUrl(uri.getHost(), port, path, user, password);
  }

  public static DatabaseUrl local(String host, int port, String database) {
    return new DatabaseUrl(host, port, database, "postgres", null);
  }

  public DatabaseUrl withDatabase(String otherDatabase) {
    return new DatabaseUrl(host, port, otherDatabase, user, password);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
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

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
