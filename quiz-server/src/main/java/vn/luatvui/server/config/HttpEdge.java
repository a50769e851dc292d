package vn.luatvui.server.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the public HTTP edge allows: where metrics are served, which image hosts pages may load
 * from, the security contact, the size of uploaded files, how long a connection may idle or
 * take to send its request headers, how often one address may make the same public read, the
 * largest lesson video an author may upload ({@code VIDEO_MAX_MB}, streamed into the database), and
 * which transport drives the sockets.
 */
public record HttpEdge(String metricsHost, List<String> imageHosts, Optional<String> securityContact,
                       long uploadMaxBytes, Duration idleTimeout, Duration headerTimeout, int publicReadsPerMinute,
                       long videoMaxBytes, SocketTransport transport) {
  public static final String METRICS_HOST = "METRICS_HOST";
  public static final String CSP_IMAGE_HOSTS = "CSP_IMAGE_HOSTS";
  public static final String SECURITY_CONTACT = "SECURITY_CONTACT";
  public static final String UPLOAD_MAX_MB = "UPLOAD_MAX_MB";
  public static final String HTTP_IDLE_TIMEOUT_SECONDS = "HTTP_IDLE_TIMEOUT_SECONDS";
  public static final String HTTP_HEADER_TIMEOUT_SECONDS = "HTTP_HEADER_TIMEOUT_SECONDS";
  public static final String PUBLIC_READS_PER_MINUTE = "PUBLIC_READS_PER_MINUTE";
  public static final String VIDEO_MAX_MB = "VIDEO_MAX_MB";
  public static final String NETWORK_TRANSPORT = "NETWORK_TRANSPORT";

  public static final List<String> VARIABLES = List.of(METRICS_HOST, CSP_IMAGE_HOSTS, SECURITY_CONTACT, UPLOAD_MAX_MB,
      HTTP_IDLE_TIMEOUT_SECONDS, HTTP_HEADER_TIMEOUT_SECONDS, PUBLIC_READS_PER_MINUTE, VIDEO_MAX_MB, NETWORK_TRANSPORT);

  public HttpEdge {
    imageHosts = List.copyOf(imageHosts);
  }

  /** Reads the variables through {@code get} (trimmed, empty as absent). */
  public static HttpEdge from(Function<String, Optional<String>> get) {
    return new HttpEdge(
        get.apply(METRICS_HOST).orElse("127.0.0.1"),
        get.apply(CSP_IMAGE_HOSTS).map(HttpEdge::imageHosts).orElse(List.of()),
        get.apply(SECURITY_CONTACT).map(HttpEdge::contact),
        get.apply(UPLOAD_MAX_MB).map(v -> between(UPLOAD_MAX_MB, v, 1, 200)).orElse(20) * 1024L * 1024L,
        Duration.ofSeconds(get.apply(HTTP_IDLE_TIMEOUT_SECONDS)
            .map(v -> between(HTTP_IDLE_TIMEOUT_SECONDS, v, 5, 3600)).orElse(120)),
        Duration.ofSeconds(get.apply(HTTP_HEADER_TIMEOUT_SECONDS)
            .map(v -> between(HTTP_HEADER_TIMEOUT_SECONDS, v, 1, 300)).orElse(10)),
        get.apply(PUBLIC_READS_PER_MINUTE).map(v -> between(PUBLIC_READS_PER_MINUTE, v, 1, 10_000_000)).orElse(3000),
        get.apply(VIDEO_MAX_MB).map(v -> between(VIDEO_MAX_MB, v, 1, 2048)).orElse(200) * 1024L * 1024L,
        get.apply(NETWORK_TRANSPORT).map(v -> SocketTransport.parse(NETWORK_TRANSPORT, v)).orElse(SocketTransport.EPOLL));
  }

  /** The values as printed at start. */
  public Map<String, String> describe() {
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put(METRICS_HOST, metricsHost + " (only with METRICS_PORT)");
    shown.put(CSP_IMAGE_HOSTS, imageHosts.isEmpty() ? "(none: images from this site only)" : String.join(" ", imageHosts));
    shown.put(SECURITY_CONTACT, securityContact.orElse("(unset: no /.well-known/security.txt)"));
    shown.put(UPLOAD_MAX_MB, String.valueOf(uploadMaxBytes / (1024 * 1024)));
    shown.put(HTTP_IDLE_TIMEOUT_SECONDS, String.valueOf(idleTimeout.toSeconds()));
    shown.put(HTTP_HEADER_TIMEOUT_SECONDS, String.valueOf(headerTimeout.toSeconds()));
    shown.put(PUBLIC_READS_PER_MINUTE, String.valueOf(publicReadsPerMinute));
    shown.put(VIDEO_MAX_MB, String.valueOf(videoMaxBytes / (1024 * 1024)));
    shown.put(NETWORK_TRANSPORT, transport.value());
    return shown;
  }

  /** Space- or comma-separated https origins such as {@code https://images.example.vn}. */
  private static List<String> imageHosts(String value) {
    List<String> hosts = new ArrayList<>();
    for (String entry : value.split("[,\\s]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      URI uri = uri(entry);
      if (uri == null || !"https".equals(uri.getScheme()) || uri.getHost() == null
          || (uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null) {
        throw new ConfigException(CSP_IMAGE_HOSTS, value, "https origins such as https://images.example.vn, "
            + "separated by spaces or commas ('" + entry + "' is not one)");
      }
      hosts.add("https://" + uri.getRawAuthority());
    }
    return hosts;
  }

  /** A {@code mailto:} address or an https page (RFC 9116 Contact). */
  private static String contact(String value) {
    if (value.matches("[^\\s@:]+@[^\\s@]+\\.[^\\s@]+")) {
      return "mailto:" + value;
    }
    URI uri = uri(value);
    if (uri != null && (("mailto".equals(uri.getScheme()) && value.contains("@"))
        || ("https".equals(uri.getScheme()) && uri.getHost() != null))) {
      return value;
    }
    throw new ConfigException(SECURITY_CONTACT, value, "an email address, a mailto: address or an https URL");
  }

  private static URI uri(String value) {
    try {
      return URI.create(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int between(String variable, String value, int min, int max) {
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
}
