package vn.luatvui.server.infra;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import vn.luatvui.server.config.RedisUrl;

/** Opens the Lettuce connection to Redis: fail fast while Redis is away, reconnect when it returns. */
public final class RedisConnector {
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

  private RedisConnector() {
  }

  public static RedisClient client(RedisUrl url) {
    RedisURI.Builder uri = RedisURI.builder()
        .withHost(url.host())
        .withPort(url.port())
        .withDatabase(url.database())
        .withSsl(url.tls())
        .withTimeout(COMMAND_TIMEOUT);
    if (url.password() != null) {
      uri.withPassword(url.password().toCharArray());
    }
    RedisClient client = RedisClient.create(uri.build());
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(COMMAND_TIMEOUT).keepAlive(true).build())
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .build());
    return client;
  }

  public static StatefulRedisConnection<String, String> connect(RedisClient client) {
    return client.connect(StringCodec.UTF8);
  }

  /** A connection for subscriptions only (live rooms relayed between servers); it resubscribes after a reconnect. */
  public static StatefulRedisPubSubConnection<String, String> subscribe(RedisClient client) {
    return client.connectPubSub(StringCodec.UTF8);
  }
}
