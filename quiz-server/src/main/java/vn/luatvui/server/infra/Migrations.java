package vn.luatvui.server.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.config.DatabaseUrl;

/** Brings the database schema to the version this build expects (db/migration on the classpath). */
public final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final String UNDEFINED_DATABASE = "3D000";

  private Migrations() {
  }

  /** Creates the database when the server may and it is missing, then migrates; returns the number of migrations applied. */
  public static int run(DatabaseUrl url) throws SQLException {
    createDatabaseIfMissing(url);
    MigrateResult result = Flyway.configure()
        .dataSource(url.jdbcUrl(), url.user(), url.password())
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
    LOG.info("Database {} at schema version {} ({} migration(s) applied)",
        url.masked(), result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
        result.migrationsExecuted);
    return result.migrationsExecuted;
  }

  static void createDatabaseIfMissing(DatabaseUrl url) throws SQLException {
    try (Connection ignored = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password())) {
      return;
    } catch (SQLException e) {
      if (!UNDEFINED_DATABASE.equals(e.getSQLState())) {
        throw e;
      }
    }
    DatabaseUrl maintenance = url.withDatabase("postgres");
    try (Connection c = DriverManager.getConnection(maintenance.jdbcUrl(), url.user(), url.password())) {
      if (!exists(c, url.database())) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + quoteIdentifier(url.database()) + " ENCODING 'UTF8' TEMPLATE template0");
        }
        LOG.info("Created database {}", url.database());
      }
    }
  }

  private static boolean exists(Connection c, String database) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      ps.setString(1, database);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static String quoteIdentifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
