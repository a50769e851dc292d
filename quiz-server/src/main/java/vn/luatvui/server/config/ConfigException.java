package vn.luatvui.server.config;

/** A configuration value that cannot be used; the message names the environment variable. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String variable, String value, String expected) {
    super("Invalid " + variable + "=" + quote(value) + ": " + expected);
  }

  private static String quote(String value) {
    return value == null ? "(unset)" : "'" + value + "'";
  }
}
