package vn.luatvui.server.http;

import java.util.Set;
import vn.luatvui.bank.account.Role;

/**
 * How a route reads its request body: at most {@code maxBytes}, in memory or streamed to a file,
 * and who may send one larger than {@link #SMALL} (checked before a byte of it is read).
 */
record BodyRule(long maxBytes, boolean toFile, Set<Role> roles) {
  /** The JSON body every route accepts from anyone: 64 KB. */
  static final long SMALL = 64 * 1024;

  BodyRule {
    roles = Set.copyOf(roles);
    if (maxBytes > SMALL && roles.isEmpty()) {
      throw new IllegalArgumentException("a body larger than " + SMALL + " bytes needs a role that may send it");
    }
  }

  static BodyRule json() {
    return new BodyRule(SMALL, false, Set.of());
  }

  /** A larger JSON body, read in memory, only from a signed-in user with one of the roles. */
  static BodyRule json(long maxBytes, Role... roles) {
    return new BodyRule(maxBytes, false, Set.of(roles));
  }

  /** A file, streamed to disk, only from a signed-in user with one of the roles. */
  static BodyRule file(long maxBytes, Role... roles) {
    return new BodyRule(maxBytes, true, Set.of(roles));
  }

  boolean large() {
    return maxBytes > SMALL;
  }
}
