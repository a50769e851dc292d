package vn.luatvui.server.infra;

/**
 * Builds Redis keys under this deployment's prefix (REDIS_KEY_PREFIX), so that several
 * deployments, or several test runs, can share one Redis without seeing each other's keys.
 *
 * <p>Keys that one script or command uses together are built with {@link #grouped}: they share a hash
 * tag (the part in braces), so Redis Cluster keeps them in one slot, as a multi-key script needs.
 */
public record RedisKeys(String prefix) {

  public RedisKeys {
    if (prefix.indexOf('{') >= 0 || prefix.indexOf('}') >= 0) {
      throw new IllegalArgumentException("A Redis key prefix may not hold braces: " + prefix);
    }
  }

  /** A key made of its parts, e.g. {@code of("room", "123456", "players")} → {@code luatvui:room:123456:players}. */
  public String of(String... parts) {
    return prefix + String.join(":", parts);
  }

  /**
   * A key of a group that is used together: the group's name in braces, then the key's own parts, e.g.
   * {@code grouped("game:42", "log")} → {@code luatvui:{game:42}:log}.
   */
  public String grouped(String group, String... parts) {
    return prefix + "{" + group + "}" + (parts.length == 0 ? "" : ":" + String.join(":", parts));
  }
}
