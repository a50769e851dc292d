package vn.luatvui.bank.review;

import java.util.Set;
import vn.luatvui.bank.account.Role;

/** The signed-in person asking for a change. */
public record Actor(long id, Set<Role> roles) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean reviews() {
    return roles.contains(Role.REVIEWER) || roles.contains(Role.ADMIN);
  }

  public boolean writes() {
    return roles.contains(Role.AUTHOR) || reviews();
  }
}
