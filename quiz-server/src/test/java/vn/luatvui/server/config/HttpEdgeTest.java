package vn.luatvui.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpEdgeTest {

  private static HttpEdge read(Map<String, String> env) {
    return HttpEdge.from(name -> Optional.ofNullable(env.get(name)));
  }

  @Test
  void by_default_metrics_stay_on_loopback_no_outside_images_and_timeouts_are_set() {
    HttpEdge edge = read(Map.of());

    assertThat(edge.metricsHost()).isEqualTo("127.0.0.1");
    assertThat(edge.imageHosts()).isEmpty();
    assertThat(edge.securityContact()).isEmpty();
    assertThat(edge.uploadMaxBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(edge.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(edge.headerTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(edge.videoMaxBytes()).isEqualTo(200L * 1024 * 1024);
  }

  @Test
  void image_hosts_must_be_https_origins() {
    assertThat(read(Map.of(HttpEdge.CSP_IMAGE_HOSTS, "https://a.example.vn, https://b.example.vn:8443")).imageHosts())
        .containsExactly("https://a.example.vn", "https://b.example.vn:8443");
    for (String wrong : new String[] {"https:", "http://a.example.vn", "https://a.example.vn/anh", "*"}) {
      assertThatThrownBy(() -> read(Map.of(HttpEdge.CSP_IMAGE_HOSTS, wrong)))
          .isInstanceOf(ConfigException.class).hasMessageContaining(HttpEdge.CSP_IMAGE_HOSTS);
    }
  }

  @Test
  void the_security_contact_is_an_email_or_an_https_page() {
    assertThat(read(Map.of(HttpEdge.SECURITY_CONTACT, "baomat@example.vn")).securityContact())
        .hasValue("mailto:baomat@example.vn");
    assertThat(read(Map.of(HttpEdge.SECURITY_CONTACT, "https://example.vn/bao-mat")).securityContact())
        .hasValue("https://example.vn/bao-mat");
    assertThatThrownBy(() -> read(Map.of(HttpEdge.SECURITY_CONTACT, "javascript:alert(1)")))
        .isInstanceOf(ConfigException.class).hasMessageContaining(HttpEdge.SECURITY_CONTACT);
  }

  @Test
  void sockets_run_on_epoll_unless_io_uring_or_nio_is_chosen() {
    assertThat(read(Map.of()).transport()).isEqualTo(SocketTransport.EPOLL);
    assertThat(read(Map.of(HttpEdge.NETWORK_TRANSPORT, "io_uring")).transport()).isEqualTo(SocketTransport.IO_URING);
    assertThat(read(Map.of(HttpEdge.NETWORK_TRANSPORT, "NIO")).transport()).isEqualTo(SocketTransport.NIO);
    assertThatThrownBy(() -> read(Map.of(HttpEdge.NETWORK_TRANSPORT, "kqueue")))
        .isInstanceOf(ConfigException.class).hasMessageContaining(HttpEdge.NETWORK_TRANSPORT)
        .hasMessageContaining("epoll, io_uring or nio");
  }

  @Test
  void limits_out_of_range_stop_the_start() {
    assertThatThrownBy(() -> read(Map.of(HttpEdge.UPLOAD_MAX_MB, "0"))).hasMessageContaining(HttpEdge.UPLOAD_MAX_MB);
    assertThatThrownBy(() -> read(Map.of(HttpEdge.VIDEO_MAX_MB, "5000"))).hasMessageContaining(HttpEdge.VIDEO_MAX_MB);
    assertThat(read(Map.of(HttpEdge.VIDEO_MAX_MB, "50")).videoMaxBytes()).isEqualTo(50L * 1024 * 1024);
    assertThatThrownBy(() -> read(Map.of(HttpEdge.HTTP_HEADER_TIMEOUT_SECONDS, "0")))
        .hasMessageContaining(HttpEdge.HTTP_HEADER_TIMEOUT_SECONDS);
  }
}
