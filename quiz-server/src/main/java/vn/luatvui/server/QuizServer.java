package vn.luatvui.server;

import io.lettuce.core.AbstractRedisClient;
import vn.luatvui.server.game.live.RoomHub;
import vn.luatvui.server.infra.RelayConnections;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.transport.Transport;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.server.config.DatabaseUrl;
import vn.luatvui.server.health.ReadinessCheck;
import vn.luatvui.server.http.ApiHandlers;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.http.HttpVerticle;
import vn.luatvui.server.http.MetricsVerticle;
import vn.luatvui.server.infra.Migrations;
import vn.luatvui.server.law.LawFiles;
import vn.luatvui.server.law.LawFiles.SourceFile;
import vn.luatvui.server.law.LawLoader;
import java.util.List;
import vn.luatvui.server.infra.NetworkTransport;
import vn.luatvui.server.infra.RedisConnector;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.bank.LegalDocumentStore;
import vn.luatvui.server.contest.Contests;
import vn.luatvui.server.infra.RedisKeys;
import vn.luatvui.server.infra.ServiceResolver;
import vn.luatvui.server.infra.Services;
import vn.luatvui.server.metrics.Meters;
import vn.luatvui.server.infra.RedisLink;

/**
 * One running quiz-server: services found (or started), schema migrated, Vert.x with its
 * verticles deployed. {@link #close()} shuts it down in the reverse order.
 */
public final class QuizServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(QuizServer.class);

  private final AppConfig config;
  private final Services services;
  private final int migrationsApplied;
  private final Vertx vertx;
  private final Pool pool;
  private final AbstractRedisClient redisClient;
  private final RedisLink redis;
  private final RelayConnections relayConnections;
  private Contests contests;

  private QuizServer(AppConfig config, Services services, int migrationsApplied, Vertx vertx, Pool pool,
                     AbstractRedisClient redisClient, RedisLink redis,
                     RelayConnections relayConnections) {
    this.config = config;
    this.services = services;
    this.migrationsApplied = migrationsApplied;
    this.vertx = vertx;
    this.pool = pool;
    this.redisClient = redisClient;
    this.redis = redis;
    this.relayConnections = relayConnections;
  }

  /** Starts everything and returns once the HTTP port accepts requests; blocks the caller meanwhile. */
  public static QuizServer start(AppConfig config) throws Exception {
    config.describe().forEach((name, value) -> LOG.info("config {}={}", name, value));
    Services services = ServiceResolver.resolve(config);
    Vertx vertx = null;
    AbstractRedisClient redisClient = null;
    try {
      int applied = Migrations.run(services.database());
      redisClient = RedisConnector.client(services.redis());
      RedisLink redis = RedisConnector.connect(redisClient);
      RelayConnections relayConnections = RedisConnector.relay(redisClient, services.redis(), RoomHub.nodeName());

      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      Transport transport = NetworkTransport.of(config.edge().transport());
      vertx = Vertx.builder()
          .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
              .setEnabled(true)
              .setJvmMetricsEnabled(true)))
          .withMetrics(new MicrometerMetricsFactory(registry))
          .withTransport(transport)
          .build();
      LOG.info("Network transport: {}", transport.name());
      Pool pool = pool(vertx, services.database(), config.databasePoolSize());
      Meters meters = new Meters(registry);
      ReadinessCheck readiness = new ReadinessCheck(vertx, pool, redis, meters);
      QuizServer server = new QuizServer(config, services, applied, vertx, pool, redisClient, redis, relayConnections);
      Wiring wiring = new Wiring(vertx, pool, redis, relayConnections, server.redisKeys(), config, meters);
      server.contests = wiring.contests();
      wiring.prepareData().await();
      server.deploy(readiness, registry, wiring.api()).await();
      wiring.scheduleHousekeeping();
      LOG.info("LuậtVui is serving on {} (port {})", config.publicBaseUrl(), config.httpPort());
      return server;
    } catch (Exception | Error e) {
      if (vertx != null) {
        vertx.close().await();
      }
      if (redisClient != null) {
        redisClient.shutdown();
      }
      services.close();
      throw e;
    }
  }

  private Future<String> deploy(ReadinessCheck readiness, PrometheusMeterRegistry registry, ApiHandlers api) {
    int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
    Future<String> metrics = config.metricsPort()
        .map(port -> vertx.deployVerticle(new MetricsVerticle(config.edge().metricsHost(), port, registry)))
        .orElse(Future.succeededFuture(""));
    return metrics.compose(m -> vertx.deployVerticle(() -> new HttpVerticle(config, readiness, registry, api),
        new DeploymentOptions().setInstances(instances)));
  }

  private static Pool pool(Vertx vertx, DatabaseUrl url, int size) {
    PgConnectOptions connect = new PgConnectOptions()
        .setHost(url.host())
        .setPort(url.port())
        .setDatabase(url.database())
        .setUser(url.user())
        .setCachePreparedStatements(true);
    if (url.password() != null) {
      connect.setPassword(url.password());
    }
    if (url.sslMode() != null) {
      connect.setSslMode(SslMode.of(url.sslMode()));
    }
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(size).setName("luatvui-pg").setConnectionTimeout(5))
        .with(new NetClientOptions().setConnectTimeout(2000))
        .connectingTo(connect)
        .using(vertx)
        .build();
  }

  /**
   * Rewrites every contest leaderboard in Redis from PostgreSQL and exits: the command
   * {@code java -jar quiz-server-all.jar rebuild-leaderboards}, pointed at the same DATABASE_URL and
   * REDIS_URL as the servers. Returns the number of rows written.
   */
  public static long rebuildLeaderboards(AppConfig config) throws Exception {
    try (Services services = ServiceResolver.resolve(config)) {
      Migrations.run(services.database());
      AbstractRedisClient redisClient = RedisConnector.client(services.redis());
      RedisLink redis = RedisConnector.connect(redisClient);
      Vertx vertx = Vertx.vertx();
      try {
        Pool pool = pool(vertx, services.database(), 4);
        RedisKeys keys = new RedisKeys(config.redisKeyPrefix());
        Contests contests = new Contests(vertx, pool, redis, keys, new LegalDocumentStore(pool),
            new RateLimiter(vertx, redis, keys), new ClientAddress(config.trustedProxies()), config.publicBaseUrl(),
            new Meters(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)), new vn.luatvui.server.mail.Mail(pool, false));
        return contests.rebuild().all().await();
      } finally {
        vertx.close().await();
        redis.close();
        redisClient.shutdown();
      }
    }
  }

  /**
   * The commands {@code laws diff} (apply nothing: print what the legal store's files would change) and
   * {@code laws load} (apply them, changed files included, then flag the questions they affect). Returns
   * the report's lines.
   */
  public static List<String> laws(AppConfig config, boolean apply) throws Exception {
    try (Services services = ServiceResolver.resolve(config)) {
      Migrations.run(services.database());
      Vertx vertx = Vertx.vertx();
      try {
        Pool pool = pool(vertx, services.database(), 2);
        LawLoader loader = new LawLoader(vertx, pool);
        List<SourceFile> files = LawFiles.onClasspath(LawFiles.FOLDER);
        if (!apply) {
          return loader.load(files, LawLoader.Mode.DIFF).await().lines();
        }
        List<String> lines = new java.util.ArrayList<>(loader.load(files, LawLoader.Mode.APPLY).await().lines());
        lines.addAll(Wiring.lawFlags(pool).await());
        return lines;
      } finally {
        vertx.close().await();
      }
    }
  }

  /** The contest capability of this server (its leaderboards can be rebuilt from here). */
  public Contests contests() {
    return contests;
  }

  public AppConfig config() {
    return config;
  }

  public Services services() {
    return services;
  }

  public int migrationsApplied() {
    return migrationsApplied;
  }

  public Vertx vertx() {
    return vertx;
  }

  public Pool pool() {
    return pool;
  }

  public RedisLink redis() {
    return redis;
  }

  public RedisKeys redisKeys() {
    return new RedisKeys(config.redisKeyPrefix());
  }

  /**
   * Graceful stop: the HTTP verticles stop accepting and finish requests in flight (within
   * SHUTDOWN_GRACE_SECONDS), then the pools close, then Redis, then any embedded services stop.
   */
  @Override
  public void close() throws Exception {
    LOG.info("Shutting down");
    try {
      // Vert.x undeploys the verticles first (the HTTP servers stop accepting and finish their requests),
      // then closes what was opened with it, the PostgreSQL pool included.
      vertx.close().await();
    } finally {
      relayConnections.close();
      redis.close();
      redisClient.shutdown();
      services.close();
      LOG.info("Stopped");
    }
  }
}
