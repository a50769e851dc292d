package vn.luatvui.server.infra;

import vn.luatvui.server.support.ClusterRedis;
import vn.luatvui.server.support.FailingOverRedis;

/**
 * The failover scenarios on a Redis Cluster of three primaries with a replica each: the room's keys,
 * the contest's boards and the rate limits are spread over the nodes by slot, and every primary
 * hands over to its replica mid-game and mid-contest.
 */
class RedisClusterFailoverTest extends RedisFailoverScenarios {
  @Override
  FailingOverRedis startRedis() throws Exception {
    return new ClusterRedis();
  }

  @Override
  String keyPrefix() {
    return "luatvui-cluster:";
  }
}
