package vn.luatvui.server.config;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Redis location. Either one server, {@code redis://[:password@]host:port[/db]} (or rediss:// for
 * TLS), or a primary found through Redis Sentinel,
 * {@code redis-sentinel://[:password@]host1:26379,host2:26379[/db]#primaryName}: the sentinels are
 * asked which server is the primary, and asked again after a failover. The password is the data
 * servers' password; the sentinels are reached without one. Or a Redis Cluster,
 * {@code redis-cluster://[:password@]host1:6379,host2:6379} (rediss-cluster:// for TLS): the nodes
 * given are where the cluster's map of slots is first read; a cluster has database 0 only.
 */
public record RedisUrl(List<Node> nodes, int database, String password, boolean tls, String sentinelMaster,
                       boolean cluster) {

  public static final int DEFAULT_PORT = 6379;
  public static final int DEFAULT_SENTINEL_PORT = 26379;

  /** One host and port: the server itself, or one of the sentinels. */
  public record Node(String host, int port) {
    @Override
    public String toString() {
      return host + ":" + port;
    }
  }

  public RedisUrl {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("A Redis location needs a host");
    }
  }

  public static RedisUrl parse(String variable, String value) {
    String text = value.trim();
    int schemeEnd = text.indexOf("://");
    String scheme = schemeEnd < 0 ? "" : text.substring(0, schemeEnd);
    boolean sentinel = "redis-sentinel".equals(scheme) || "rediss-sentinel".equals(scheme);
    String expected = sentinel ? "a URL like redis-sentinel://:password@host1:26379,host2:26379/0#mymaster"
        : "a URL like redis://:password@host:6379/0, redis-sentinel://host1:26379,host2:26379/0#mymaster "
        + "or redis-cluster://host1:6379,host2:6379";
    boolean cluster = "redis-cluster".equals(scheme) || "rediss-cluster".equals(scheme);
    if (cluster) {
      expected = "a URL like redis-cluster://:password@host1:6379,host2:6379";
    }
    if (!sentinel && !cluster && !"redis".equals(scheme) && !"rediss".equals(scheme)) {
      throw new ConfigException(variable, value, expected + " (scheme must be redis, rediss, redis-sentinel or redis-cluster)");
    }
    boolean tls = "rediss".equals(scheme) || "rediss-sentinel".equals(scheme) || "rediss-cluster".equals(scheme);
    String rest = text.substring(schemeEnd + 3);

    String master = null;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      master = rest.substring(hash + 1).trim();
      rest = rest.substring(0, hash);
      if (!sentinel) {
        throw new ConfigException(variable, value, expected + " (a #name is only for redis-sentinel://)");
      }
    }
    if (sentinel && (master == null || master.isEmpty())) {
      throw new ConfigException(variable, value, expected + " (the primary's name after # is missing)");
    }
    int query = rest.indexOf('?');
    if (query >= 0) {
      throw new ConfigException(variable, value, expected + " (options after ? are not read)");
    }

    int slash = rest.indexOf('/');
    String authority = slash >= 0 ? rest.substring(0, slash) : rest;
    String path = slash >= 0 ? rest.substring(slash + 1) : "";
    int database = 0;
    if (!path.isEmpty()) {
      try {
        database = Integer.parseInt(path);
      } catch (NumberFormatException e) {
        throw new ConfigException(variable, value, expected + " (database must be a number)");
      }
      if (database < 0 || database > 15) {
        throw new ConfigException(variable, value, expected + " (database must be between 0 and 15)");
      }
      if (cluster && database != 0) {
        throw new ConfigException(variable, value, expected + " (a Redis Cluster has database 0 only)");
      }
    }

    String password = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String info = authority.substring(0, at);
      int colon = info.indexOf(':');
      password = colon >= 0 ? info.substring(colon + 1) : info;
      if (password.isEmpty()) {
        password = null;
      }
      authority = authority.substring(at + 1);
    }

    List<Node> nodes = new ArrayList<>();
    for (String part : authority.split(",", -1)) {
      nodes.add(node(variable, value, expected, part.trim(), sentinel ? DEFAULT_SENTINEL_PORT : DEFAULT_PORT));
    }
    if (!sentinel && !cluster && nodes.size() > 1) {
      throw new ConfigException(variable, value, expected + " (several hosts need redis-sentinel:// or redis-cluster://)");
    }
    return new RedisUrl(nodes, database, password, tls, master, cluster);
  }

  private static Node node(String variable, String value, String expected, String part, int defaultPort) {
    if (part.isEmpty()) {
      throw new ConfigException(variable, value, expected + " (host is missing)");
    }
    String host = part;
    int port = defaultPort;
    int colon = part.lastIndexOf(':');
    boolean bracketed = part.startsWith("[");
    if (colon >= 0 && (!bracketed || part.lastIndexOf(']') < colon)) {
      host = part.substring(0, colon);
      try {
        port = Integer.parseInt(part.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new ConfigException(variable, value, expected + " (port of " + part + " must be a number)");
      }
      if (port < 1 || port > 65535) {
        throw new ConfigException(variable, value, expected + " (port of " + part + " must be 1 to 65535)");
      }
    }
    if (bracketed) {
      host = host.replaceAll("^\\[|]$", "");
    }
    if (host.isEmpty() || !host.matches("[A-Za-z0-9_.:%-]+")) {
      throw new ConfigException(variable, value, expected + " (host '" + host + "' is not a host name or address)");
    }
    return new Node(host, port);
  }

  public static RedisUrl local(String host, int port) {
    return new RedisUrl(List.of(new Node(host, port)), 0, null, false, null, false);
  }

  /** Whether the primary is found through sentinels. */
  public boolean sentinel() {
    return sentinelMaster != null;
  }

  /** The server's host (for Sentinel: the first sentinel's; for a cluster: the first node's). */
  public String host() {
    return nodes.get(0).host();
  }

  /** The server's port (for Sentinel: the first sentinel's). */
  public int port() {
    return nodes.get(0).port();
  }

  public String masked() {
    String hosts = nodes.stream().map(Node::toString).collect(Collectors.joining(","));
    String scheme = (tls ? "rediss" : "redis") + (sentinel() ? "-sentinel://" : cluster ? "-cluster://" : "://");
    return scheme + (password == null ? "" : ":****@") + hosts + "/" + database
        + (sentinel() ? "#" + sentinelMaster : "");
  }

  @Override
  public String toString() {
    return masked();
  }
}
