package vn.luatvui.server.infra;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

/**
 * The Redis connections the live rooms' relay between servers has to itself, for the server named
 * {@code node} among those sharing the Redis: the subscription to this server's channel, and the
 * connection that renews and reads servers' presence, from a client of its own ({@code
 * presenceClient}, shut down with it; null when the connection belongs to another). The presence has
 * its own so that it is never queued behind a busy room's writes: a server whose renewal waited
 * behind thousands of logged answers would pass for dead and have its rooms taken over.
 */
public record RelayConnections(String node, StatefulRedisPubSubConnection<String, String> subscriber,
                               RedisLink presence, AbstractRedisClient presenceClient) implements AutoCloseable {

  /** The name the presence connection of server {@code node} bears in Redis ({@code CLIENT SETNAME}). */
  public static String presenceName(String node) {
    return "luatvui-presence-" + node;
  }

  @Override
  public void close() {
    subscriber.close();
    presence.close();
    if (presenceClient != null) {
      presenceClient.shutdown();
    }
  }
}
