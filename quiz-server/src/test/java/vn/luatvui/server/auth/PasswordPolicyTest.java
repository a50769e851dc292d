package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.luatvui.server.auth.PasswordPolicy.Problem;

class PasswordPolicyTest {

  @Test
  void short_repeated_common_and_vietnamese_common_passwords_are_refused() {
    assertThat(PasswordPolicy.check("ngan-qua", null, null)).hasValue(Problem.TOO_SHORT);
    assertThat(PasswordPolicy.check("aaaaaaaaaa", null, null)).hasValue(Problem.GUESSABLE);
    assertThat(PasswordPolicy.check("matkhau123", null, null)).hasValue(Problem.COMMON);
    assertThat(PasswordPolicy.check("Mật-Khẩu 2024", null, null)).hasValue(Problem.COMMON);
    assertThat(PasswordPolicy.check("anhyeuem123456", null, null)).hasValue(Problem.COMMON);
    assertThat(PasswordPolicy.check("password1234", null, null)).hasValue(Problem.COMMON);
    assertThat(PasswordPolicy.check("qwertyuiop", null, null)).isPresent();
  }

  @Test
  void the_account_email_and_name_make_a_password_guessable() {
    assertThat(PasswordPolicy.check("thuytienngocdiep", "x@y.vn", null)).isEmpty();
    assertThat(PasswordPolicy.check("thuytienngocdiep", "thuytien@truong.edu.vn", "Ngọc Diệp"))
        .hasValue(Problem.GUESSABLE);
  }

  @Test
  void long_phrases_pass() {
    assertThat(PasswordPolicy.check("mat-khau-du-dai", "a@b.vn", "Cô Lan")).isEmpty();
    assertThat(PasswordPolicy.check("một-mật-khẩu-dài", "a@b.vn", null)).isEmpty();
    assertThat(PasswordPolicy.check("cau-dai-de-nho-cua-co-lan", "a@b.vn", null)).isEmpty();
  }
}
