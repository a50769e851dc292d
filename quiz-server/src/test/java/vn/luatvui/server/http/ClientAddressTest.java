package vn.luatvui.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.config.ConfigException;
import vn.luatvui.server.config.TrustedProxies;

/** Which address a rate limit counts: the player's, not the Ingress controller's every player shares. */
class ClientAddressTest {
  private static final SocketAddress INGRESS = SocketAddress.inetSocketAddress(443, "10.2.0.17");
  private static final SocketAddress STRANGER = SocketAddress.inetSocketAddress(443, "198.51.100.9");

  @Test
  void without_trusted_proxies_the_peer_is_the_client_whatever_it_forwards() {
    ClientAddress addresses = new ClientAddress(TrustedProxies.none());
    assertThat(addresses.of(INGRESS, "203.0.113.7")).isEqualTo("10.2.0.17");
    assertThat(addresses.of(INGRESS, null)).isEqualTo("10.2.0.17");
  }

  @Test
  void behind_a_trusted_proxy_the_client_is_the_last_hop_that_is_not_a_proxy() {
    ClientAddress addresses = new ClientAddress(TrustedProxies.parse("TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.5"));
    assertThat(addresses.of(INGRESS, "203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(addresses.of(INGRESS, "203.0.113.7, 192.168.1.5")).isEqualTo("203.0.113.7");
    // What a client wrote itself comes first and is not believed past the first untrusted hop.
    assertThat(addresses.of(INGRESS, "1.1.1.1, 203.0.113.7, 10.9.9.9")).isEqualTo("203.0.113.7");
    assertThat(addresses.of(INGRESS, "10.1.1.1, 10.3.3.3")).as("only proxies: the first").isEqualTo("10.1.1.1");
    assertThat(addresses.of(INGRESS, null)).isEqualTo("10.2.0.17");
  }

  @Test
  void a_peer_that_is_not_a_trusted_proxy_cannot_choose_its_address() {
    ClientAddress addresses = new ClientAddress(TrustedProxies.parse("TRUSTED_PROXIES", "10.0.0.0/8"));
    assertThat(addresses.of(STRANGER, "203.0.113.7")).isEqualTo("198.51.100.9");
  }

  @Test
  void networks_may_be_ipv6_and_a_wrong_entry_is_named() {
    TrustedProxies proxies = TrustedProxies.parse("TRUSTED_PROXIES", "fd00::/8,127.0.0.1");
    assertThat(proxies.trusts("fd12:3456::1")).isTrue();
    assertThat(proxies.trusts("127.0.0.1")).isTrue();
    assertThat(proxies.trusts("127.0.0.2")).isFalse();
    assertThat(proxies.trusts("not-an-address")).isFalse();
    assertThatThrownBy(() -> TrustedProxies.parse("TRUSTED_PROXIES", "10.0.0.0/8, ingress.local"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("TRUSTED_PROXIES").hasMessageContaining("ingress.local");
    assertThatThrownBy(() -> TrustedProxies.parse("TRUSTED_PROXIES", "10.0.0.0/33"))
        .hasMessageContaining("10.0.0.0/33");
  }
}
