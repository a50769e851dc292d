package vn.luatvui.server.infra;

import vn.luatvui.server.support.FailingOverRedis;
import vn.luatvui.server.support.SentinelRedis;

/** The failover scenarios on Redis behind Sentinel: a primary, a replica and three sentinels. */
class RedisFailoverTest extends RedisFailoverScenarios {
  @Override
  FailingOverRedis startRedis() throws Exception {
    return new SentinelRedis();
  }

  @Override
  String keyPrefix() {
    return "luatvui-failover:";
  }
}
