package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;

/** The organiser's side of contests: set up, units, publish, close rounds, publish results. */
public final class ContestRoutes {
  private final ContestService contests;
  private final RoundClosing closing;
  private final Clock clock;
  private final ContestTemplate template;

  public ContestRoutes(ContestService contests, RoundClosing closing, ContestTemplate template, Clock clock) {
    this.contests = contests;
    this.closing = closing;
    this.template = template;
    this.clock = clock;
  }

  /** "Tạo từ mẫu": a ready sample contest, a draft the organiser may publish at once. */
  public void createFromTemplate(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.ORGANISER);
    template.create(user).compose(id -> contests.view(id, user))
        .onSuccess(view -> Jsons.send(ctx, 201, view)).onFailure(ctx::fail);
  }

  public void list(RoutingContext ctx) {
    CurrentUser user = Authentication.user(ctx);
    Long owner = user != null && user.has(Role.ORGANISER) ? user.id() : null;
    boolean everything = user != null && user.has(Role.ADMIN);
    contests.list(owner, everything, clock.instant()).onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  public void create(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.ORGANISER);
    ContestForms.ContestBody body = Jsons.body(ctx, ContestForms.ContestBody.class);
    contests.create(user, body).compose(id -> contests.view(id, user))
        .onSuccess(view -> Jsons.send(ctx, 201, view)).onFailure(ctx::fail);
  }

  public void get(RoutingContext ctx) {
    contests.view(id(ctx), Authentication.user(ctx)).onSuccess(view -> Jsons.send(ctx, 200, view)).onFailure(ctx::fail);
  }

  public void update(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.ORGANISER);
    ContestForms.ContestBody body = Jsons.body(ctx, ContestForms.ContestBody.class);
    contests.update(user, id(ctx), body).compose(x -> contests.view(id(ctx), user))
        .onSuccess(view -> Jsons.send(ctx, 200, view)).onFailure(ctx::fail);
  }

  /** What to do with public questions of the pool, when it has some. */
  record PublishBody(PoolChecks.PublicQuestions publicQuestions) {
  }

  public void publish(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.ORGANISER);
    PublishBody body = ctx.body().isEmpty() ? new PublishBody(null) : Jsons.body(ctx, PublishBody.class);
    contests.publish(user, id(ctx), body.publicQuestions()).compose(x -> contests.view(id(ctx), user))
        .onSuccess(view -> Jsons.send(ctx, 200, view)).onFailure(ctx::fail);
  }

  public void poolReport(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.ORGANISER);
    contests.poolReport(user, id(ctx)).onSuccess(report -> Jsons.send(ctx, 200, report)).onFailure(ctx::fail);
  }

  public void units(RoutingContext ctx) {
    contests.units(id(ctx), Authentication.user(ctx)).onSuccess(units -> Jsons.send(ctx, 200, units)).onFailure(ctx::fail);
  }

  public void replaceUnits(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.ORGANISER);
    ContestService.UnitsBody body = Jsons.body(ctx, ContestService.UnitsBody.class);
    contests.replaceUnits(user, id(ctx), body).onSuccess(units -> Jsons.send(ctx, 200, units)).onFailure(e -> {
      if (e instanceof ContestService.UnitProblems problems) {
        Jsons.send(ctx, 422, problems.body());
      } else {
        ctx.fail(e);
      }
    });
  }

  public void closeRound(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.ORGANISER);
    int number = number(ctx);
    contests.managed(user, id(ctx))
        .compose(contest -> closing.close(contest, number, true))
        .compose(x -> contests.roundView(id(ctx), number))
        .onSuccess(round -> Jsons.send(ctx, 200, round)).onFailure(ctx::fail);
  }

  public void publishResults(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.ORGANISER);
    int number = number(ctx);
    contests.managed(user, id(ctx))
        .compose(contest -> contests.publishResults(contest, number))
        .compose(x -> contests.roundView(id(ctx), number))
        .onSuccess(round -> Jsons.send(ctx, 200, round)).onFailure(ctx::fail);
  }

  static long id(RoutingContext ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new ApiException(404, "not_found", "Không có cuộc thi này.");
    }
  }

  static int number(RoutingContext ctx) {
    return Integer.parseInt(ctx.pathParam("number"));
  }
}
