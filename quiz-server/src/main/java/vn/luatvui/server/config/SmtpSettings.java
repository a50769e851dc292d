package vn.luatvui.server.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the server sends mail (SMTP_*). With no SMTP_HOST mail is off, and screens show links and codes
 * to copy, as without it.
 *
 * @param host     the SMTP server (SMTP_HOST); empty: mail is off
 * @param port     its port (SMTP_PORT; default 587, or 465 with SMTP_TLS=tls, 25 with none)
 * @param username sign-in name (SMTP_USERNAME), empty for a relay that asks none
 * @param password its password (SMTP_PASSWORD)
 * @param from     the sender, {@code "LuậtVui <no-reply@example.vn>"} or a bare address (SMTP_FROM)
 * @param tls      none, starttls (required) or tls (implicit, from the first byte) (SMTP_TLS)
 */
public record SmtpSettings(Optional<String> host, int port, Optional<String> username, Optional<String> password,
                           String from, Tls tls) {
  public static final String SMTP_HOST = "SMTP_HOST";
  public static final String SMTP_PORT = "SMTP_PORT";
  public static final String SMTP_USERNAME = "SMTP_USERNAME";
  public static final String SMTP_PASSWORD = "SMTP_PASSWORD";
  public static final String SMTP_FROM = "SMTP_FROM";
  public static final String SMTP_TLS = "SMTP_TLS";
  public static final Set<String> VARIABLES = Set.of(SMTP_HOST, SMTP_PORT, SMTP_USERNAME, SMTP_PASSWORD, SMTP_FROM,
      SMTP_TLS);

  /** How the connection to the SMTP server is protected. */
  public enum Tls { NONE, STARTTLS, TLS }

  public static SmtpSettings off() {
    return new SmtpSettings(Optional.empty(), 587, Optional.empty(), Optional.empty(), "", Tls.STARTTLS);
  }

  public boolean enabled() {
    return host.isPresent();
  }

  public static SmtpSettings from(Function<String, Optional<String>> get) {
    Tls tls = get.apply(SMTP_TLS).map(SmtpSettings::tls).orElse(Tls.STARTTLS);
    Optional<String> host = get.apply(SMTP_HOST);
    int defaultPort = switch (tls) {
      case NONE -> 25;
      case STARTTLS -> 587;
      case TLS -> 465;
    };
    int port = get.apply(SMTP_PORT).map(SmtpSettings::port).orElse(defaultPort);
    Optional<String> from = get.apply(SMTP_FROM);
    if (host.isPresent() && from.isEmpty()) {
      throw new ConfigException(SMTP_FROM, null, "the sender address, required with SMTP_HOST");
    }
    if (from.isPresent() && !from.get().matches("(?s).*[^@<\\s]+@[^@>\\s]+\\.[^@>\\s]+.*")) {
      throw new ConfigException(SMTP_FROM, from.get(), "an address such as 'LuậtVui <no-reply@example.vn>'");
    }
    Optional<String> username = get.apply(SMTP_USERNAME);
    Optional<String> password = get.apply(SMTP_PASSWORD);
    if (username.isPresent() != password.isPresent()) {
      throw new ConfigException(username.isPresent() ? SMTP_PASSWORD : SMTP_USERNAME, null,
          "set both SMTP_USERNAME and SMTP_PASSWORD, or neither");
    }
    return new SmtpSettings(host, port, username, password, from.orElse(""), tls);
  }

  public Map<String, String> describe() {
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put(SMTP_HOST, host.orElse("(unset: mail off)"));
    shown.put(SMTP_PORT, String.valueOf(port));
    shown.put(SMTP_USERNAME, username.orElse("(unset)"));
    shown.put(SMTP_PASSWORD, password.map(p -> "****").orElse("(unset)"));
    shown.put(SMTP_FROM, from.isEmpty() ? "(unset)" : from);
    shown.put(SMTP_TLS, tls.name().toLowerCase(Locale.ROOT));
    return shown;
  }

  private static Tls tls(String value) {
    try {
      return Tls.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(SMTP_TLS, value, "one of none, starttls, tls");
    }
  }

  private static int port(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= 65535) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new ConfigException(SMTP_PORT, value, "a whole number from 1 to 65535");
  }
}
