package vn.luatvui.server.support;

/** Redis run as real processes with replicas, whose primary (or primaries) can be failed over on demand. */
public interface FailingOverRedis extends AutoCloseable {
  /** REDIS_URL for the servers. */
  String url();

  /** Waits until every primary has a replica in sync with it. */
  void awaitReplicaInSync();

  /** Hands the primary role to the replica(s) now; returns once the new primaries answer as such. */
  void failOver();

  /** Which servers are the primaries now (their ports), to see that a failover happened. */
  String primaries();
}
