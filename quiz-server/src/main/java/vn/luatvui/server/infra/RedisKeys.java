package vn.luatvui.server.infra;

/**
 * Builds Redis keys under this deployment's prefix (REDIS_KEY_PREFIX), so that several
 * deployments, or several test runs, can share one Redis without seeing each other's keys.
 */
public record RedisKeys(String prefix) {

  /** A key made of its parts, e.g. {@code of("room", "123456", "players")} → {@code luatvui:room:123456:players}. */
  public String of(String... parts) {
    return prefix + String.join(":", parts);
  }
}
