package vn.luatvui.server.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.config.DatabaseUrl;

/** A PostgreSQL server run by this process, its data kept in a folder that survives restarts. */
final class EmbeddedPostgresService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresService.class);
  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresService(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedPostgresService start(Path folder) throws IOException {
    Path data = folder.resolve("data").toAbsolutePath();
    Path binaries = folder.resolve("runtime").toAbsolutePath();
    Files.createDirectories(data);
    Files.createDirectories(binaries);
    LOG.info("Starting embedded PostgreSQL with data in {}", data);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setOverrideWorkingDirectory(binaries.toFile())
        .setPort(FreePort.find())
        .setPGStartupWait(Duration.ofSeconds(60))
        .setRegisterShutdownHook(true)
        .setServerConfig("listen_addresses", ServiceResolver.LOCAL_HOST)
        .start();
    return new EmbeddedPostgresService(postgres);
  }

  DatabaseUrl url(String database) {
    return DatabaseUrl.local(ServiceResolver.LOCAL_HOST, postgres.getPort(), database);
  }

  @Override
  public void close() throws IOException {
    LOG.info("Stopping embedded PostgreSQL");
    postgres.close();
  }
}
