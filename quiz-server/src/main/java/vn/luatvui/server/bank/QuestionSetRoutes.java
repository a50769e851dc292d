package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.QuestionSetStore.Item;
import vn.luatvui.server.bank.QuestionSetStore.SetBody;
import vn.luatvui.server.bank.QuestionSetStore.SetSummary;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;

/** HTTP handlers for question sets: hosts and authors build them, owners share them. */
public final class QuestionSetRoutes {
  static final Set<Integer> TIME_LIMITS = Set.of(5, 10, 20, 30, 60, 90, 120, 240);
  static final Set<Integer> POINTS = Set.of(0, 1000, 2000);
  static final int MAX_ITEMS = 100;
  /** The time of an item whose question has none of its own and whose host chose none. */
  static final int DEFAULT_TIME_LIMIT = 20;

  /** A set with its items and their questions. */
  public record SetView(SetSummary set, List<ItemView> items) {
  }

  /** An item with the question it names. */
  public record ItemView(long questionId, int timeLimitSeconds, int points, QuestionView question) {
  }

  private final QuestionSetStore sets;
  private final QuestionStore questions;
  private final SetChecks checks;
  private final SetSharing sharing;
  private final SetDrafts draftStore;
  private final SetDraftRoutes drafts;

  public QuestionSetRoutes(QuestionSetStore sets, QuestionStore questions) {
    this.sets = sets;
    this.questions = questions;
    this.checks = new SetChecks(questions);
    this.sharing = new SetSharing(sets);
    this.draftStore = new SetDrafts(sets.pool());
    this.drafts = new SetDraftRoutes(this, draftStore);
  }

  /** The handlers of a set's unsaved draft. */
  public SetDraftRoutes drafts() {
    return drafts;
  }

  public SetChecks checks() {
    return checks;
  }

  /** The questions of the set a game would not play, why, and a replacement for each when there is one. */
  public void check(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    QuestionRoutes.send(ctx, view(user, id(ctx), false).compose(checks::check), 200);
  }

  /** A question that could take this one's place (same document and article), outside the given set. */
  public void replacement(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    long questionId = id(ctx);
    String setParam = ctx.queryParams().get("set");
    Future<Set<Long>> exclude = setParam == null ? Future.succeededFuture(Set.of())
        : view(user, Long.parseLong(setParam), false).map(set -> {
          Set<Long> ids = new java.util.HashSet<>();
          set.items().forEach(i -> ids.add(i.questionId()));
          return ids;
        });
    QuestionRoutes.send(ctx, exclude.compose(ids -> checks.replacement(questionId, ids))
        .map(found -> java.util.Collections.singletonMap("replacement", found)), 200);
  }

  public void list(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    String contest = ctx.queryParams().get("contest");
    QuestionRoutes.send(ctx, sets.list(user.id(), user.has(Role.ADMIN), contest == null ? null : Long.valueOf(contest)), 200);
  }

  public void get(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    QuestionRoutes.send(ctx, view(user, id(ctx), false), 200);
  }

  public void create(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    SetBody body = clean(Jsons.body(ctx, SetBody.class));
    QuestionRoutes.send(ctx, checkItems(user, body)
        .compose(timed -> sharing.resolve(timed)
            .compose(shared -> sets.pool().withTransaction(tx -> sets.insert(tx, user.id(), timed, shared))))
        .compose(id -> view(user, id, false)), 201);
  }

  public void update(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    long id = id(ctx);
    SetBody body = clean(Jsons.body(ctx, SetBody.class));
    QuestionRoutes.send(ctx, view(user, id, true)
        .compose(x -> checkItems(user, body))
        .compose(timed -> sharing.resolve(timed)
            .compose(shared -> sets.pool().withTransaction(tx -> sets.update(tx, id, timed, shared)
                .compose(x -> draftStore.discard(tx, user.id(), id)))))
        .compose(x -> view(user, id, false)), 200);
  }

  public void delete(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.HOST, Role.AUTHOR, Role.REVIEWER, Role.ORGANISER);
    long id = id(ctx);
    view(user, id, true).compose(x -> sets.delete(id))
        .onSuccess(x -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
  }

  /** The set with its questions, if the user may see it (or, when {@code toChange}, change it). */
  public Future<SetView> view(CurrentUser user, long id, boolean toChange) {
    return sets.find(sets.pool(), id).compose(set -> {
      if (set == null || !SetSharing.mayOpen(user, set, toChange)) {
        return Future.failedFuture(new ApiException(404, "not_found", "Không có bộ câu hỏi số " + id + "."));
      }
      return sets.items(sets.pool(), id).compose(items -> {
        List<Future<ItemView>> views = items.stream().map(i -> questions.find(questions.pool(), i.questionId())
            .map(q -> new ItemView(i.questionId(), i.timeLimitSeconds(), i.points(), q == null ? null : QuestionView.of(q))))
            .toList();
        return Future.all(views).map(all -> new SetView(set, all.<ItemView>list()));
      });
    });
  }

  /** Checks the items; the body back with each time left out filled from its question (else 20 seconds). */
  private Future<SetBody> checkItems(CurrentUser user, SetBody body) {
    List<Violation> violations = new ArrayList<>();
    if (body.title() == null || body.title().length() > 200) {
      violations.add(new Violation("title", "Tên bộ câu hỏi cần từ 1 đến 200 ký tự."));
    }
    if (body.items().size() > MAX_ITEMS) {
      violations.add(new Violation("items", "Một bộ có tối đa " + MAX_ITEMS + " câu hỏi."));
    }
    List<Future<Item>> checks = new ArrayList<>();
    for (int i = 0; i < body.items().size(); i++) {
      Item item = body.items().get(i);
      String field = "items[" + i + "]";
      if (item.timeLimitSeconds() != null && !TIME_LIMITS.contains(item.timeLimitSeconds())) {
        violations.add(new Violation(field + ".timeLimitSeconds", "Thời gian trả lời phải là một trong " + TIME_LIMITS + " giây."));
      }
      if (!POINTS.contains(item.points())) {
        violations.add(new Violation(field + ".points", "Điểm phải là 0, 1000 hoặc 2000."));
      }
      checks.add(questions.find(questions.pool(), item.questionId()).map(q -> {
        if (q == null || !QuestionService.maySee(user, q)) {
          violations.add(new Violation(field + ".questionId", "Không có câu hỏi số " + item.questionId() + "."));
        } else if (q.state().status() == QuestionStatus.RETIRED) {
          violations.add(new Violation(field + ".questionId", "Câu hỏi số " + item.questionId() + " đã ngừng sử dụng."));
        }
        Integer own = q == null ? null : q.timeLimitSeconds();
        return item.timeLimitSeconds() != null ? item
            : new Item(item.questionId(), own == null ? DEFAULT_TIME_LIMIT : own, item.points());
      }));
    }
    return Future.all(checks).compose(all -> violations.isEmpty()
        ? Future.succeededFuture(new SetBody(body.title(), body.description(), body.shared(), all.<Item>list(),
            body.sharedContestId(), body.sharedWith()))
        : Future.failedFuture(new ValidationFailed(violations)));
  }

  private static SetBody clean(SetBody body) {
    String title = body.title() == null ? null : VietnameseText.nfc(body.title().strip());
    String description = body.description() == null || body.description().isBlank() ? null
        : VietnameseText.nfc(body.description().strip());
    return new SetBody(title == null || title.isEmpty() ? null : title, description, body.shared(),
        body.items() == null ? List.of() : body.items(), body.sharedContestId(), body.sharedWith());
  }

  private static long id(RoutingContext ctx) {
    return Long.parseLong(ctx.pathParam("id"));
  }
}
