package vn.luatvui.server.config;

/** Where PostgreSQL and Redis come from. */
public enum ServicesMode {
  /** Use the configured URLs, or the local default ports when they answer; otherwise start embedded services. */
  AUTO,
  /** Use the configured URLs (or the local defaults) and never start anything. Clusters run in this mode. */
  EXTERNAL,
  /** Always start an embedded PostgreSQL and Redis with their data under DATA_DIR. */
  EMBEDDED
}
