package vn.luatvui.server.auth;

import java.util.Set;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.review.Actor;

/** The signed-in person behind a request. */
public record CurrentUser(long id, String email, String displayName, Set<Role> roles) {

  public CurrentUser {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role) || roles.contains(Role.ADMIN);
  }

  public Actor actor() {
    return new Actor(id, roles);
  }
}
