package vn.luatvui.server.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import vn.luatvui.server.config.RedisUrl;

/** A Redis server run by this process; its append-only file keeps live state across restarts. */
final class EmbeddedRedisService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedisService.class);
  private final RedisServer server;
  private final int port;

  private EmbeddedRedisService(RedisServer server, int port) {
    this.server = server;
    this.port = port;
  }

  static EmbeddedRedisService start(Path folder) throws IOException {
    Path data = folder.toAbsolutePath();
    Files.createDirectories(data);
    int port = FreePort.find();
    LOG.info("Starting embedded Redis with data in {}", data);
    RedisServer server = RedisServer.newRedisServer()
        .port(port)
        .bind(ServiceResolver.LOCAL_HOST)
        .setting("dir \"" + data + "\"")
        .setting("appendonly yes")
        .setting("appendfsync everysec")
        .setting("save \"\"")
        .setting("protected-mode yes")
        .onShutdownForceStop(true)
        .build();
    server.start();
    return new EmbeddedRedisService(server, port);
  }

  RedisUrl url() {
    return RedisUrl.local(ServiceResolver.LOCAL_HOST, port);
  }

  @Override
  public void close() throws IOException {
    LOG.info("Stopping embedded Redis");
    server.stop();
  }
}
