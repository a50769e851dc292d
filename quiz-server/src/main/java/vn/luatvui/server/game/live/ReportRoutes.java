package vn.luatvui.server.game.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;

/** The host's past games and their reports (per player and per question), as JSON, CSV or XLSX. */
public final class ReportRoutes {
  private final Vertx vertx;
  private final GameStore store;

  public ReportRoutes(Vertx vertx, GameStore store) {
    this.vertx = vertx;
    this.store = store;
  }

  public void list(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST);
    store.list(user.id(), user.has(Role.ADMIN)).onSuccess(games -> Jsons.send(ctx, 200, games)).onFailure(ctx::fail);
  }

  public void report(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST);
    long id = Long.parseLong(ctx.pathParam("id"));
    String format = ctx.queryParams().get("format") == null ? "json" : ctx.queryParams().get("format");
    String part = ctx.queryParams().get("part") == null ? "players" : ctx.queryParams().get("part");
    store.report(id).compose(stored -> {
      if (stored == null || (stored.hostId() != user.id() && !user.has(Role.ADMIN))) {
        return Future.failedFuture(new ApiException(404, "not_found", "Chưa có báo cáo của trò chơi số " + id + "."));
      }
      if ("json".equals(format)) {
        Jsons.send(ctx, 200, stored.report());
        return Future.succeededFuture();
      }
      return vertx.executeBlocking(() -> "xlsx".equals(format) ? ReportFiles.xlsx(stored.report())
              : "questions".equals(part) ? ReportFiles.csv(ReportFiles.QUESTION_COLUMNS, ReportFiles.questions(stored.report()))
              : ReportFiles.csv(ReportFiles.PLAYER_COLUMNS, ReportFiles.players(stored.report())), false)
          .map(bytes -> {
            String name = "bao-cao-tro-choi-" + id + ("xlsx".equals(format) ? ".xlsx" : "-" + part + ".csv");
            ctx.response()
                .putHeader("Content-Type", "xlsx".equals(format)
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .putHeader("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .end(Buffer.buffer(bytes));
            return null;
          });
    }).onFailure(ctx::fail);
  }
}
