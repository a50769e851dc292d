package vn.luatvui.server.reach;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.files.TableFiles;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;

/**
 * The dashboard's routes: one node's figures (its subtree, its children, reach of its wards and communes
 * against the plan's targets, the trend), the same as an XLSX file, and a rollup on demand for admins.
 * Admins see every node; a unit manager the subtrees granted to them; anyone else is refused.
 */
public final class ReachRoutes {
  private final Vertx vertx;
  private final ReachStore store;
  private final ReachJob job;
  private final TrainingFigures training;

  public ReachRoutes(Vertx vertx, io.vertx.sqlclient.Pool pool, ReachJob job, TrainingFigures training) {
    this.vertx = vertx;
    this.store = new ReachStore(pool);
    this.job = job;
    this.training = training;
  }

  /** GET /api/reach/orgs/{id}. */
  public void dashboard(RoutingContext ctx) {
    long id = Long.parseLong(ctx.pathParam("id"));
    allowed(ctx, id).compose(ok -> Future.all(store.nodeAndChildren(id), store.bases(id), store.months(id),
            store.visits(), store.updatedAt(), training.of(id)))
        .map(all -> ReachView.of(all.resultAt(0), all.resultAt(1), all.resultAt(2), all.resultAt(3), all.resultAt(4),
            all.resultAt(5)))
        .onSuccess(view -> Jsons.send(ctx, 200, view)).onFailure(ctx::fail);
  }

  /** GET /api/reach/orgs/{id}/export.xlsx: every node of the subtree, the wards and communes, the months. */
  public void export(RoutingContext ctx) {
    long id = Long.parseLong(ctx.pathParam("id"));
    allowed(ctx, id).compose(ok -> Future.all(store.subtree(id), store.bases(id), store.months(id),
            store.visits(), store.updatedAt()))
        .compose(all -> {
          ReachView view = ReachView.of(all.resultAt(0), all.resultAt(1), all.resultAt(2), all.resultAt(3),
              all.resultAt(4), null);
          List<TableFiles.Table> tables = ReachTables.of(all.resultAt(0), view);
          return vertx.executeBlocking(() -> TableFiles.xlsx(tables), false).map(bytes -> {
            ctx.response().putHeader("Content-Type", TableFiles.XLSX_TYPE)
                .putHeader("Content-Disposition", "attachment; filename=\"bang-theo-doi-" + view.node().code() + ".xlsx\"")
                .end(Buffer.buffer(bytes));
            return null;
          });
        }).onFailure(ctx::fail);
  }

  /**
   * POST /api/reach/refresh (admins): runs the rollup now instead of waiting for its schedule (after
   * the run in progress, if one is).
   */
  public void refresh(RoutingContext ctx) {
    Authentication.require(ctx, Role.ADMIN);
    job.run(true).onSuccess(took -> Jsons.send(ctx, 200, Map.of("tookMs", took, "skipped", took < 0)))
        .onFailure(ctx::fail);
  }

  private Future<Void> allowed(RoutingContext ctx, long id) {
    CurrentUser user = Authentication.requireUser(ctx);
    return store.exists(id).compose(exists -> {
      if (!exists) {
        return Future.failedFuture(new ApiException(404, "not_found", "Không có tổ chức số " + id + "."));
      }
      if (user.has(Role.ADMIN)) {
        return Future.succeededFuture();
      }
      return store.manages(user.id(), id).compose(ok -> ok ? Future.<Void>succeededFuture()
          : Future.failedFuture(new ApiException(403, "forbidden",
              "Bạn chỉ xem được bảng theo dõi của tổ chức mình được giao quản lý.")));
    });
  }

  static List<Object> row(Object... cells) {
    return new ArrayList<>(java.util.Arrays.asList(cells));
  }
}
