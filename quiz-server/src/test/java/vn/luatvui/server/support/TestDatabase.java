package vn.luatvui.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import vn.luatvui.server.config.DatabaseUrl;

/** A database of its own on the local PostgreSQL for one test class, dropped afterwards. */
public final class TestDatabase implements AutoCloseable {
  public static final String HOST = "127.0.0.1";
  public static final int PORT = 5432;

  private final DatabaseUrl url;

  private TestDatabase(DatabaseUrl url) {
    this.url = url;
  }

  /** A name for a database that does not exist yet (the server creates it). */
  public static TestDatabase named() {
    String name = "luatvui_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return new TestDatabase(DatabaseUrl.local(HOST, PORT, name));
  }

  public DatabaseUrl url() {
    return url;
  }

  public String uri() {
    return "postgresql://" + url.user() + "@" + url.host() + ":" + url.port() + "/" + url.database();
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
  }

  @Override
  public void close() throws SQLException {
    DatabaseUrl maintenance = url.withDatabase("postgres");
    try (Connection c = DriverManager.getConnection(maintenance.jdbcUrl(), url.user(), url.password());
         Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS \"" + url.database() + "\" WITH (FORCE)");
    }
  }
}
