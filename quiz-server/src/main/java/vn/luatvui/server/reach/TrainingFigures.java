package vn.luatvui.server.reach;

import io.vertx.core.Future;

/**
 * Extension point for training: course completion and officials trained in a subtree, shown on the dashboard
 * beside reach. The courses area provides an implementation; until then the dashboard shows none. The value is
 * sent as JSON under {@code training}.
 */
public interface TrainingFigures {
  Future<Object> of(long orgId);

  /** No courses yet: the dashboard's training panel says so. */
  static TrainingFigures none() {
    return orgId -> Future.succeededFuture(null);
  }
}
