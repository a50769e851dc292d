package vn.luatvui.server.org;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.auth.UserStore;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.org.domain.OrgCsv;
import vn.luatvui.server.org.domain.OrgRefused;

/** The admins' and unit managers' side: the tree, its import, edits, managers, staff, members, invites. */
public final class OrgRoutes {
  record CsvBody(String csv) {
  }

  record EmailBody(String email) {
  }

  private final OrgService tree;
  private final PeopleStore people;
  private final UserStore users;

  OrgRoutes(OrgService tree, PeopleStore people, UserStore users) {
    this.tree = tree;
    this.people = people;
    this.users = users;
  }

  public void list(RoutingContext ctx) {
    tree.list(Authentication.requireUser(ctx)).onSuccess(nodes -> Jsons.send(ctx, 200, nodes)).onFailure(ctx::fail);
  }

  public void importCsv(RoutingContext ctx) {
    CsvBody body = Jsons.body(ctx, CsvBody.class);
    tree.importCsv(Authentication.requireUser(ctx), body.csv()).onSuccess(done -> Jsons.send(ctx, 200, done))
        .onFailure(e -> {
          if (e instanceof OrgImportRefused refused) {
            Jsons.send(ctx, 422, refused.body());
          } else {
            ctx.fail(e);
          }
        });
  }

  /** The CSV template, with a byte-order mark so that Excel opens it as UTF-8. */
  public void template(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"to-chuc-mau.csv\"")
        .end(OrgCsv.TEMPLATE);
  }

  public void create(RoutingContext ctx) {
    OrgService.NodeBody body = Jsons.body(ctx, OrgService.NodeBody.class);
    tree.create(Authentication.requireUser(ctx), body).onSuccess(id -> Jsons.send(ctx, 201, Map.of("id", id)))
        .onFailure(ctx::fail);
  }

  public void update(RoutingContext ctx) {
    OrgService.NodeBody body = Jsons.body(ctx, OrgService.NodeBody.class);
    tree.update(Authentication.requireUser(ctx), id(ctx), body).onSuccess(x -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  public void delete(RoutingContext ctx) {
    tree.delete(Authentication.requireUser(ctx), id(ctx)).onSuccess(x -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  public void rotateInvite(RoutingContext ctx) {
    tree.rotateInvite(Authentication.requireUser(ctx), id(ctx))
        .onSuccess(code -> Jsons.send(ctx, 200, Map.of("inviteCode", code))).onFailure(ctx::fail);
  }

  public void managers(RoutingContext ctx) {
    reached(ctx).compose(id -> people.managers(id)).onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  public void grant(RoutingContext ctx) {
    CurrentUser user = Authentication.requireUser(ctx);
    EmailBody body = Jsons.body(ctx, EmailBody.class);
    reached(ctx).compose(id -> account(body.email()).compose(account -> people.grant(id, account.id(), user.id())))
        .compose(x -> people.managers(id(ctx))).onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  public void revoke(RoutingContext ctx) {
    long userId = Long.parseLong(ctx.pathParam("userId"));
    reached(ctx).compose(id -> people.revoke(id, userId)).onSuccess(x -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail);
  }

  public void staff(RoutingContext ctx) {
    reached(ctx).compose(id -> people.staff(id)).onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  /** An account joins the node's staff; an account already elsewhere moves only if that place is in scope too. */
  public void setStaff(RoutingContext ctx) {
    CurrentUser user = Authentication.requireUser(ctx);
    EmailBody body = Jsons.body(ctx, EmailBody.class);
    reached(ctx).compose(id -> account(body.email()).compose(account -> people.staffOrg(account.id())
            .compose(current -> current == null || current == id ? Future.succeededFuture() : tree.reach(user, current))
            .compose(x -> people.setStaff(account.id(), id, user.id()))))
        .compose(x -> people.staff(id(ctx))).onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  /** Names of the members who joined the node: for its managers and those above only. */
  public void members(RoutingContext ctx) {
    reached(ctx).compose(id -> people.members(id)).onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  private Future<Long> reached(RoutingContext ctx) {
    long id = id(ctx);
    return tree.reach(Authentication.requireUser(ctx), id).map(x -> id);
  }

  private Future<CurrentUser> account(String email) {
    return users.findByEmail(email == null ? "" : email.strip()).map(found -> {
      if (found == null || !found.active()) {
        throw OrgRefused.invalid("email", "Không có tài khoản đang hoạt động nào với email này.");
      }
      return found.user();
    });
  }

  static long id(RoutingContext ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new ApiException(404, "not_found", "Không có tổ chức này.");
    }
  }
}
