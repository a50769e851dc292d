package vn.luatvui.server.http;

import java.util.Set;
import vn.luatvui.bank.account.Role;

/**
 * How a route reads its request body: at most {@code maxBytes}, in memory or streamed to a file
 * (or, {@code byHandler}, left unread for the handler to stream where it goes), and who may send
 * one larger than {@link #SMALL} (checked before a byte of it is read).
 */
record BodyRule(long maxBytes, boolean toFile, Set<Role> roles, boolean byHandler) {
  /** The JSON body every route accepts from anyone: 64 KB. */
  static final long SMALL = 64 * 1024;

  BodyRule(long maxBytes, boolean toFile, Set<Role> roles) {
    this(maxBytes, toFile, roles, false);
  }

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

  /** A body the handler reads itself as it arrives (and counts against the limit), only from a signed-in user with one of the roles. */
  static BodyRule streamed(long maxBytes, Role... roles) {
    return new BodyRule(maxBytes, false, Set.of(roles), true);
  }

  boolean large() {
    return maxBytes > SMALL;
  }
}
