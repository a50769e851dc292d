package vn.luatvui.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {
  private static SmtpSettings of(Map<String, String> env) {
    return SmtpSettings.from(name -> Optional.ofNullable(env.get(name)));
  }

  @Test
  void without_a_host_mail_is_off() {
    assertThat(of(Map.of()).enabled()).isFalse();
  }

  @Test
  void the_port_follows_the_protection_unless_given() {
    assertThat(of(Map.of("SMTP_HOST", "mail.example.vn", "SMTP_FROM", "a@example.vn")).port()).isEqualTo(587);
    assertThat(of(Map.of("SMTP_HOST", "mail.example.vn", "SMTP_FROM", "a@example.vn", "SMTP_TLS", "tls")).port())
        .isEqualTo(465);
    assertThat(of(Map.of("SMTP_HOST", "mail.example.vn", "SMTP_FROM", "a@example.vn", "SMTP_PORT", "2525")).port())
        .isEqualTo(2525);
  }

  @Test
  void a_host_without_a_sender_or_a_half_sign_in_stops_the_start_naming_the_variable() {
    assertThatThrownBy(() -> of(Map.of("SMTP_HOST", "mail.example.vn"))).hasMessageContaining("SMTP_FROM");
    assertThatThrownBy(() -> of(Map.of("SMTP_HOST", "mail.example.vn", "SMTP_FROM", "a@example.vn",
        "SMTP_USERNAME", "u"))).hasMessageContaining("SMTP_PASSWORD");
    assertThatThrownBy(() -> of(Map.of("SMTP_TLS", "ssl"))).hasMessageContaining("SMTP_TLS");
  }
}
