package vn.luatvui.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.config.RedisUrl.Node;

class RedisUrlTest {

  @Test
  void one_server_keeps_its_host_port_database_and_password() {
    RedisUrl url = RedisUrl.parse("REDIS_URL", "rediss://:s3cret@cache.internal:6380/3");
    assertThat(url.nodes()).containsExactly(new Node("cache.internal", 6380));
    assertThat(url.database()).isEqualTo(3);
    assertThat(url.password()).isEqualTo("s3cret");
    assertThat(url.tls()).isTrue();
    assertThat(url.sentinel()).isFalse();
    assertThat(url.masked()).isEqualTo("rediss://:****@cache.internal:6380/3");
    assertThat(RedisUrl.parse("REDIS_URL", "redis://cache").port()).isEqualTo(6379);
  }

  @Test
  void sentinel_form_lists_the_sentinels_and_names_the_primary() {
    RedisUrl url = RedisUrl.parse("REDIS_URL", "redis-sentinel://:pw@s1:26379,s2:26380,s3/2#mymaster");
    assertThat(url.sentinel()).isTrue();
    assertThat(url.sentinelMaster()).isEqualTo("mymaster");
    assertThat(url.nodes()).isEqualTo(List.of(new Node("s1", 26379), new Node("s2", 26380), new Node("s3", 26379)));
    assertThat(url.database()).isEqualTo(2);
    assertThat(url.password()).isEqualTo("pw");
    assertThat(url.masked()).isEqualTo("redis-sentinel://:****@s1:26379,s2:26380,s3:26379/2#mymaster");
  }

  @Test
  void mistakes_are_named() {
    assertThatThrownBy(() -> RedisUrl.parse("REDIS_URL", "redis-sentinel://s1:26379,s2:26379/0"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("REDIS_URL").hasMessageContaining("primary's name");
    assertThatThrownBy(() -> RedisUrl.parse("REDIS_URL", "redis://a:6379,b:6379/0"))
        .hasMessageContaining("several hosts need redis-sentinel://");
    assertThatThrownBy(() -> RedisUrl.parse("REDIS_URL", "redis-sentinel://s1:port/0#m"))
        .hasMessageContaining("port of s1:port must be a number");
    assertThatThrownBy(() -> RedisUrl.parse("REDIS_URL", "redis://cache/x")).hasMessageContaining("database must be a number");
    assertThatThrownBy(() -> RedisUrl.parse("REDIS_URL", "http://cache")).hasMessageContaining("scheme must be");
    assertThatThrownBy(() -> RedisUrl.parse("REDIS_URL", "redis-cluster://a:7000,b:7001/3"))
        .hasMessageContaining("a Redis Cluster has database 0 only");
    assertThatThrownBy(() -> RedisUrl.parse("REDIS_URL", "redis-cluster://a:7000#mymaster"))
        .hasMessageContaining("only for redis-sentinel");
    assertThatThrownBy(() -> RedisUrl.parse("REDIS_URL", "redis://cache:6379/0#mymaster"))
        .hasMessageContaining("only for redis-sentinel");
  }

  @Test
  void a_cluster_is_given_by_its_nodes() {
    RedisUrl url = RedisUrl.parse("REDIS_URL", "rediss-cluster://:bi-mat@node-a:7000,node-b");
    assertThat(url.cluster()).isTrue();
    assertThat(url.sentinel()).isFalse();
    assertThat(url.tls()).isTrue();
    assertThat(url.password()).isEqualTo("bi-mat");
    assertThat(url.nodes()).containsExactly(new RedisUrl.Node("node-a", 7000), new RedisUrl.Node("node-b", 6379));
    assertThat(url.masked()).isEqualTo("rediss-cluster://:****@node-a:7000,node-b:6379/0");
  }
}
