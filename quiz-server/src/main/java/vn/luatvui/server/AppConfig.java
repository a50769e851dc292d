package vn.luatvui.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.PasswordPolicy;
import vn.luatvui.server.config.ConfigException;
import vn.luatvui.server.config.DatabaseUrl;
import vn.luatvui.server.config.HttpEdge;
import vn.luatvui.server.config.GameLimits;
import vn.luatvui.server.config.RedisUrl;
import vn.luatvui.server.config.ServicesMode;
import vn.luatvui.server.config.SmtpSettings;
import vn.luatvui.server.config.TrustedProxies;

/**
 * The whole configuration of quiz-server, read once from environment variables.
 * Every variable, its default and its meaning is listed in the README's configuration table.
 */
public record AppConfig(
    String httpHost,
    int httpPort,
    Optional<Integer> metricsPort,
    URI publicBaseUrl,
    Optional<DatabaseUrl> databaseUrl,
    int databasePoolSize,
    Optional<RedisUrl> redisUrl,
    String redisKeyPrefix,
    ServicesMode servicesMode,
    Path dataDir,
    Duration shutdownGrace,
    Duration roomLease,
    TrustedProxies trustedProxies,
    HttpEdge edge,
    GameLimits gameLimits,
    Optional<String> bootstrapAdminEmail,
    Optional<String> bootstrapAdminPassword,
    Set<Role> totpRequiredRoles,
    Optional<byte[]> accountSecretKey,
    boolean lawStoreApplyChanges,
    SmtpSettings smtp) {

  public static final String HTTP_HOST = "HTTP_HOST";
  public static final String HTTP_PORT = "HTTP_PORT";
  public static final String METRICS_PORT = "METRICS_PORT";
  public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
  public static final String DATABASE_URL = "DATABASE_URL";
  public static final String DATABASE_POOL_SIZE = "DATABASE_POOL_SIZE";
  public static final String REDIS_URL = "REDIS_URL";
  public static final String REDIS_KEY_PREFIX = "REDIS_KEY_PREFIX";
  public static final String SERVICES_MODE = "SERVICES_MODE";
  public static final String DATA_DIR = "DATA_DIR";
  public static final String SHUTDOWN_GRACE_SECONDS = "SHUTDOWN_GRACE_SECONDS";
  public static final String ROOM_LEASE_SECONDS = "ROOM_LEASE_SECONDS";
  public static final String TRUSTED_PROXIES = "TRUSTED_PROXIES";
  public static final String GAME_IDENTIFY_PER_MINUTE = "GAME_IDENTIFY_PER_MINUTE";
  public static final String GAME_UNIDENTIFIED_PER_ADDRESS = "GAME_UNIDENTIFIED_PER_ADDRESS";
  public static final String GAME_IDENTIFY_SECONDS = "GAME_IDENTIFY_SECONDS";
  public static final String GAME_MAX_PLAYERS = "GAME_MAX_PLAYERS";
  public static final String BOOTSTRAP_ADMIN_EMAIL = "BOOTSTRAP_ADMIN_EMAIL";
  public static final String BOOTSTRAP_ADMIN_PASSWORD = "BOOTSTRAP_ADMIN_PASSWORD";
  public static final String TOTP_REQUIRED_ROLES = "TOTP_REQUIRED_ROLES";
  public static final String ACCOUNT_SECRET_KEY = "ACCOUNT_SECRET_KEY";
  public static final String LAW_STORE_APPLY_CHANGES = "LAW_STORE_APPLY_CHANGES";

  /** Every environment variable this configuration reads. */
  public static final Set<String> VARIABLES = java.util.stream.Stream.concat(java.util.stream.Stream.of(
      HTTP_HOST, HTTP_PORT, METRICS_PORT, PUBLIC_BASE_URL, DATABASE_URL, DATABASE_POOL_SIZE,
      REDIS_URL, REDIS_KEY_PREFIX, SERVICES_MODE, DATA_DIR, SHUTDOWN_GRACE_SECONDS, ROOM_LEASE_SECONDS,
      TRUSTED_PROXIES, BOOTSTRAP_ADMIN_EMAIL, BOOTSTRAP_ADMIN_PASSWORD, TOTP_REQUIRED_ROLES, ACCOUNT_SECRET_KEY, LAW_STORE_APPLY_CHANGES, GAME_IDENTIFY_PER_MINUTE,
      GAME_UNIDENTIFIED_PER_ADDRESS, GAME_IDENTIFY_SECONDS, GAME_MAX_PLAYERS),
      java.util.stream.Stream.concat(HttpEdge.VARIABLES.stream(), SmtpSettings.VARIABLES.stream()))
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The local PostgreSQL database used when DATABASE_URL is not set. */
  public static final String DEFAULT_DATABASE = "luatvui";

  public static AppConfig fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  public static AppConfig fromEnvironment(Map<String, String> env) {
    Function<String, Optional<String>> get = name -> Optional.ofNullable(env.get(name))
        .map(String::trim).filter(v -> !v.isEmpty());

    int port = get.apply(HTTP_PORT).map(v -> intBetween(HTTP_PORT, v, 0, 65535)).orElse(8080);
    URI publicBaseUrl = get.apply(PUBLIC_BASE_URL).map(AppConfig::baseUrl)
        .orElse(URI.create("http://localhost:" + (port == 0 ? 8080 : port)));
    String prefix = get.apply(REDIS_KEY_PREFIX).orElse("luatvui:");
    if (!prefix.matches("[A-Za-z0-9_.:-]{1,64}")) {
      throw new ConfigException(REDIS_KEY_PREFIX, prefix, "1 to 64 letters, digits or _ . : -");
    }
    Optional<String> adminEmail = get.apply(BOOTSTRAP_ADMIN_EMAIL);
    Optional<String> adminPassword = get.apply(BOOTSTRAP_ADMIN_PASSWORD);
    if (adminEmail.isPresent() != adminPassword.isPresent()) {
      throw new ConfigException(adminEmail.isPresent() ? BOOTSTRAP_ADMIN_PASSWORD : BOOTSTRAP_ADMIN_EMAIL, null,
          "set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither");
    }
    adminPassword.flatMap(p -> PasswordPolicy.check(p, adminEmail.orElse(null), null)).ifPresent(problem -> {
      throw new ConfigException(BOOTSTRAP_ADMIN_PASSWORD, "****", problem.en());
    });
    return new AppConfig(
        get.apply(HTTP_HOST).orElse("0.0.0.0"),
        port,
        get.apply(METRICS_PORT).map(v -> intBetween(METRICS_PORT, v, 1, 65535)),
        publicBaseUrl,
        get.apply(DATABASE_URL).map(v -> DatabaseUrl.parse(DATABASE_URL, v)),
        get.apply(DATABASE_POOL_SIZE).map(v -> intBetween(DATABASE_POOL_SIZE, v, 1, 500)).orElse(16),
        get.apply(REDIS_URL).map(v -> RedisUrl.parse(REDIS_URL, v)),
        prefix,
        get.apply(SERVICES_MODE).map(AppConfig::servicesMode).orElse(ServicesMode.AUTO),
        get.apply(DATA_DIR).map(Path::of).orElse(Path.of("data")),
        Duration.ofSeconds(get.apply(SHUTDOWN_GRACE_SECONDS)
            .map(v -> intBetween(SHUTDOWN_GRACE_SECONDS, v, 0, 600)).orElse(20)),
        Duration.ofSeconds(get.apply(ROOM_LEASE_SECONDS)
            .map(v -> intBetween(ROOM_LEASE_SECONDS, v, 2, 300)).orElse(15)),
        get.apply(TRUSTED_PROXIES).map(v -> TrustedProxies.parse(TRUSTED_PROXIES, v)).orElse(TrustedProxies.none()),
        HttpEdge.from(get),
        gameLimits(get),
        adminEmail,
        adminPassword,
        get.apply(TOTP_REQUIRED_ROLES).map(AppConfig::roles).orElse(Set.of()),
        get.apply(ACCOUNT_SECRET_KEY).map(AppConfig::secretKey),
        get.apply(LAW_STORE_APPLY_CHANGES).map(v -> bool(LAW_STORE_APPLY_CHANGES, v)).orElse(false),
        SmtpSettings.from(get));
  }

  /** The configuration as it is printed at start, secrets masked. */
  public Map<String, String> describe() {
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put(HTTP_HOST, httpHost);
    shown.put(HTTP_PORT, String.valueOf(httpPort));
    shown.put(METRICS_PORT, metricsPort.map(String::valueOf).orElse("(unset: /metrics on HTTP_PORT)"));
    shown.put(PUBLIC_BASE_URL, publicBaseUrl.toString());
    shown.put(DATABASE_URL, databaseUrl.map(DatabaseUrl::masked).orElse("(unset: local default or embedded)"));
    shown.put(DATABASE_POOL_SIZE, String.valueOf(databasePoolSize));
    shown.put(REDIS_URL, redisUrl.map(RedisUrl::masked).orElse("(unset: local default or embedded)"));
    shown.put(REDIS_KEY_PREFIX, redisKeyPrefix);
    shown.put(SERVICES_MODE, servicesMode.name().toLowerCase(Locale.ROOT));
    shown.put(DATA_DIR, dataDir.toString());
    shown.put(SHUTDOWN_GRACE_SECONDS, String.valueOf(shutdownGrace.toSeconds()));
    shown.put(ROOM_LEASE_SECONDS, String.valueOf(roomLease.toSeconds()));
    shown.put(TRUSTED_PROXIES, trustedProxies.toString());
    shown.putAll(edge.describe());
    shown.put(GAME_IDENTIFY_PER_MINUTE, String.valueOf(gameLimits.identifyPerMinute()));
    shown.put(GAME_UNIDENTIFIED_PER_ADDRESS, String.valueOf(gameLimits.unidentifiedPerAddress()));
    shown.put(GAME_IDENTIFY_SECONDS, String.valueOf(gameLimits.identifyTimeout().toSeconds()));
    shown.put(GAME_MAX_PLAYERS, String.valueOf(gameLimits.maxPlayers()));
    shown.put(BOOTSTRAP_ADMIN_EMAIL, bootstrapAdminEmail.orElse("(unset)"));
    shown.put(BOOTSTRAP_ADMIN_PASSWORD, bootstrapAdminPassword.map(p -> "****").orElse("(unset)"));
    shown.put(TOTP_REQUIRED_ROLES, totpRequiredRoles.isEmpty() ? "(none)" : totpRequiredRoles.stream()
        .map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().collect(java.util.stream.Collectors.joining(",")));
    shown.put(ACCOUNT_SECRET_KEY, accountSecretKey.map(k -> "****").orElse("(unset: a key kept in the database)"));
    shown.put(LAW_STORE_APPLY_CHANGES, String.valueOf(lawStoreApplyChanges));
    shown.putAll(smtp.describe());
    return shown;
  }

  private static boolean bool(String variable, String value) {
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new ConfigException(variable, value, "true or false");
    }
    return Boolean.parseBoolean(value);
  }

  private static GameLimits gameLimits(Function<String, Optional<String>> get) {
    GameLimits d = GameLimits.defaults();
    return new GameLimits(
        get.apply(GAME_IDENTIFY_PER_MINUTE).map(v -> intBetween(GAME_IDENTIFY_PER_MINUTE, v, 1, 10_000_000))
            .orElse(d.identifyPerMinute()),
        get.apply(GAME_UNIDENTIFIED_PER_ADDRESS).map(v -> intBetween(GAME_UNIDENTIFIED_PER_ADDRESS, v, 1, 10_000_000))
            .orElse(d.unidentifiedPerAddress()),
        get.apply(GAME_IDENTIFY_SECONDS).map(v -> Duration.ofSeconds(intBetween(GAME_IDENTIFY_SECONDS, v, 1, 300)))
            .orElse(d.identifyTimeout()),
        get.apply(GAME_MAX_PLAYERS).map(v -> intBetween(GAME_MAX_PLAYERS, v, 1, 1_000_000)).orElse(d.maxPlayers()));
  }

  private static int intBetween(String variable, String value, int min, int max) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new ConfigException(variable, value, "a whole number from " + min + " to " + max);
  }

  private static URI baseUrl(String value) {
    try {
      URI uri = URI.create(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    throw new ConfigException(PUBLIC_BASE_URL, value, "an http(s) URL such as https://luatvui.example.vn");
  }

  private static Set<Role> roles(String value) {
    Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
    for (String name : value.split(",")) {
      try {
        roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(TOTP_REQUIRED_ROLES, value,
            "a comma-separated list of admin, reviewer, author, host, organiser");
      }
    }
    return Set.copyOf(roles);
  }

  private static byte[] secretKey(String value) {
    try {
      byte[] key = java.util.Base64.getDecoder().decode(value);
      if (key.length >= 32) {
        return key;
      }
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    throw new ConfigException(ACCOUNT_SECRET_KEY, "****", "at least 32 random bytes in base64 (openssl rand -base64 32)");
  }

  private static ServicesMode servicesMode(String value) {
    try {
      return ServicesMode.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(SERVICES_MODE, value, "one of auto, external, embedded");
    }
  }
}
