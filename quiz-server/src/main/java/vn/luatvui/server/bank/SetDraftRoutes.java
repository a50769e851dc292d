package vn.luatvui.server.bank;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.SetDrafts.Draft;
import vn.luatvui.server.bank.SetDrafts.DraftItem;
import vn.luatvui.server.json.Jsons;

/**
 * HTTP handlers for a set's unsaved draft: only someone who may change the set keeps one, and each
 * person sees only their own. The draft is checked like the set only when it is saved.
 */
public final class SetDraftRoutes {
  private final QuestionSetRoutes sets;
  private final SetDrafts drafts;

  SetDraftRoutes(QuestionSetRoutes sets, SetDrafts drafts) {
    this.sets = sets;
    this.drafts = drafts;
  }

  public void get(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    long id = id(ctx);
    QuestionRoutes.send(ctx, sets.view(user, id, true).compose(x -> drafts.find(user.id(), id)), 200);
  }

  public void keep(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    long id = id(ctx);
    Draft draft = clean(Jsons.body(ctx, Draft.class));
    QuestionRoutes.send(ctx, sets.view(user, id, true).compose(x -> drafts.keep(user.id(), id, draft)), 200);
  }

  public void discard(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    long id = id(ctx);
    sets.view(user, id, true).compose(x -> drafts.discard(drafts.pool(), user.id(), id))
        .onSuccess(x -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
  }

  private static Draft clean(Draft d) {
    List<DraftItem> items = d.items() == null ? List.of() : d.items().stream()
        .map(i -> new DraftItem(i.questionId(), i.timeLimitSeconds(), i.points(), nfc(i.text()))).toList();
    return new Draft(nfc(d.title()), nfc(d.description()), d.shared(), d.sharedContestId(), nfc(d.sharedWith()), items);
  }

  private static String nfc(String text) {
    return text == null ? null : VietnameseText.nfc(text);
  }

  private static long id(RoutingContext ctx) {
    return Long.parseLong(ctx.pathParam("id"));
  }
}
