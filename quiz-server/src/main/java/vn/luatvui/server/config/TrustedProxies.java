package vn.luatvui.server.config;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies (load balancer, Ingress controller) whose {@code X-Forwarded-For} is believed:
 * addresses and networks such as {@code 10.0.0.0/8, 192.168.1.5, fd00::/8}. None by default.
 */
public final class TrustedProxies {
  private final List<String> written;
  private final List<IpSubnetFilterRule> rules;

  private TrustedProxies(List<String> written, List<IpSubnetFilterRule> rules) {
    this.written = List.copyOf(written);
    this.rules = List.copyOf(rules);
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of(), List.of());
  }

  /** Parses a comma-separated list; a wrong entry stops the start, naming the variable and the entry. */
  public static TrustedProxies parse(String variable, String value) {
    List<String> written = new ArrayList<>();
    List<IpSubnetFilterRule> rules = new ArrayList<>();
    for (String entry : value.split(",")) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      String[] parts = e.split("/", 2);
      InetAddress address = NetUtil.createInetAddressFromIpAddressString(parts[0]);
      int bits = address == null ? 0 : address.getAddress().length * 8;
      int prefix;
      try {
        prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
      } catch (NumberFormatException ex) {
        prefix = -1;
      }
      if (address == null || prefix < 0 || prefix > bits) {
        throw new ConfigException(variable, value,
            "IP addresses or networks separated by commas, such as 10.0.0.0/8, 192.168.1.5 (not '" + e + "')");
      }
      written.add(e);
      rules.add(new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT));
    }
    return new TrustedProxies(written, rules);
  }

  /** Whether this address (an IP literal) belongs to a trusted proxy. */
  public boolean trusts(String address) {
    InetAddress ip = address == null ? null : NetUtil.createInetAddressFromIpAddressString(address);
    if (ip == null) {
      return false;
    }
    InetSocketAddress socket = new InetSocketAddress(ip, 0);
    for (IpSubnetFilterRule rule : rules) {
      if (rule.matches(socket)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return written.isEmpty() ? "(none)" : String.join(", ", written);
  }
}
