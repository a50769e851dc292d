package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.luatvui.bank.account.Role;

/** Every sign-in runs the password hash once, whether or not the email has an account. */
class CredentialsTest {
  private final List<String> verifiedAgainst = new ArrayList<>();
  private final Credentials credentials = new Credentials((password, hash) -> {
    verifiedAgainst.add(hash);
    return PasswordHasher.verify(password, hash);
  });
  private final String hash = PasswordHasher.hash("mat-khau-du-dai");
  private final UserStore.StoredUser known = new UserStore.StoredUser(
      new CurrentUser(1, "co.lan@truong.edu.vn", "Cô Lan", Set.of(Role.HOST)), true, hash);

  @Test
  void an_unknown_email_is_verified_against_the_dummy_hash() {
    assertThat(credentials.check(null, "mat-khau-du-dai")).isNull();
    assertThat(verifiedAgainst).containsExactly(PasswordHasher.dummyHash());
  }

  @Test
  void a_known_email_is_verified_against_its_own_hash() {
    assertThat(credentials.check(known, "sai-mat-khau-roi")).isNull();
    assertThat(credentials.check(known, "mat-khau-du-dai")).isSameAs(known);
    assertThat(verifiedAgainst).containsExactly(hash, hash);
  }

  @Test
  void locked_and_password_less_accounts_cost_the_same_and_never_sign_in() {
    var locked = new UserStore.StoredUser(known.user(), false, hash);
    var passwordLess = new UserStore.StoredUser(known.user(), true, "!");
    assertThat(credentials.check(locked, "mat-khau-du-dai")).isNull();
    assertThat(credentials.check(passwordLess, "!")).isNull();
    assertThat(verifiedAgainst).containsExactly(PasswordHasher.dummyHash(), PasswordHasher.dummyHash());
  }

  @Test
  void the_dummy_hash_has_the_cost_of_a_real_one() {
    String costOf = hash.substring(0, hash.indexOf("$", "$argon2id$v=19$".length()));
    assertThat(PasswordHasher.dummyHash()).startsWith(costOf);
  }
}
