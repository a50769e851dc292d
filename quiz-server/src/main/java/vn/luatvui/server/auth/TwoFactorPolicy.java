package vn.luatvui.server.auth;

import java.util.Set;
import vn.luatvui.bank.account.Role;

/** Which roles must sign in with a second factor (TOTP_REQUIRED_ROLES); admins hold every role. */
public record TwoFactorPolicy(Set<Role> requiredRoles) {
  public TwoFactorPolicy {
    requiredRoles = Set.copyOf(requiredRoles);
  }

  public boolean required(CurrentUser user) {
    return requiredRoles.stream().anyMatch(user::has);
  }
}
