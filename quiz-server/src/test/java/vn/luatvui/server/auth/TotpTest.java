package vn.luatvui.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238's SHA-1 test vectors (appendix B), and what an authenticator app is given. */
class TotpTest {
  private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void codes_match_the_rfc_6238_test_vectors() {
    Totp eight = new Totp(8);
    assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("94287082");
    assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("07081804");
    assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("14050471");
    assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("89005924");
    assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("69279037");
    assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("65353130");
  }

  @Test
  void a_code_of_the_step_before_or_after_is_accepted_and_no_further() {
    Totp totp = new Totp();
    Instant now = Instant.ofEpochSecond(1_800_000_000L);
    long step = Totp.step(now);

    assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step), now)).hasValue(step);
    assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
    assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
    assertThat(totp.match(RFC_SECRET, totp.code(RFC_SECRET, step - 3), now)).isEmpty();
    assertThat(totp.match(RFC_SECRET, "12a456", now)).isEmpty();
  }

  @Test
  void the_secret_is_given_in_base32_inside_an_otpauth_address() {
    assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.uri(RFC_SECRET, "co.lan@truong.edu.vn"))
        .isEqualTo("otpauth://totp/Lu%E1%BA%ADtVui%3Aco.lan%40truong.edu.vn?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=Lu%E1%BA%ADtVui&algorithm=SHA1&digits=6&period=30");
  }
}
