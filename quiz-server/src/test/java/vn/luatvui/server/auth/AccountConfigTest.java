package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.AppConfig;
import vn.luatvui.server.config.ConfigException;

class AccountConfigTest {

  @Test
  void a_weak_bootstrap_admin_password_stops_the_start_with_a_clear_message() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(AppConfig.BOOTSTRAP_ADMIN_EMAIL, "quantri@truong.edu.vn",
        AppConfig.BOOTSTRAP_ADMIN_PASSWORD, "aaaaaaaaaa")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("BOOTSTRAP_ADMIN_PASSWORD")
        .hasMessageContaining("too easy to guess")
        .hasMessageNotContaining("aaaaaaaaaa");
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(AppConfig.BOOTSTRAP_ADMIN_EMAIL, "quantri@truong.edu.vn",
        AppConfig.BOOTSTRAP_ADMIN_PASSWORD, "matkhau123")))
        .hasMessageContaining("common passwords");
  }

  @Test
  void totp_can_be_required_for_roles_and_is_not_by_default() {
    assertThat(AppConfig.fromEnvironment(Map.of()).totpRequiredRoles()).isEmpty();
    assertThat(AppConfig.fromEnvironment(Map.of(AppConfig.TOTP_REQUIRED_ROLES, "admin, Reviewer")).totpRequiredRoles())
        .containsExactlyInAnyOrder(Role.ADMIN, Role.REVIEWER);
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(AppConfig.TOTP_REQUIRED_ROLES, "boss")))
        .hasMessageContaining(AppConfig.TOTP_REQUIRED_ROLES);
  }

  @Test
  void an_account_secret_key_must_be_long_enough() {
    assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(AppConfig.ACCOUNT_SECRET_KEY, "c2hvcnQ=")))
        .hasMessageContaining(AppConfig.ACCOUNT_SECRET_KEY);
  }
}
