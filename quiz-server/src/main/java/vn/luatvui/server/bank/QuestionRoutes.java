package vn.luatvui.server.bank;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.json.Jsons;

/** HTTP handlers of the question bank: search, write, review, history, and the public lookup. */
public final class QuestionRoutes {
  /** The body of an edit: the version the editor started from and the new content. */
  public record Edit(int baseVersion, QuestionContent content) {
  }

  /** The body of a review step. */
  public record ReviewNote(String comment) {
  }

  private final QuestionService service;
  private final QuestionStore questions;
  private final LegalDocumentStore documents;
  private final LookupSearch lookup;

  public QuestionRoutes(QuestionService service, QuestionStore questions, LegalDocumentStore documents) {
    this.service = service;
    this.questions = questions;
    this.documents = documents;
    this.lookup = new LookupSearch(questions.pool());
  }

  public void search(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER, Role.HOST, Role.ORGANISER);
    send(ctx, questions.search(bankFilter(ctx, user)).map(page -> new Page<>(page.total(), page.page(), page.size(),
        page.items().stream().map(QuestionView::of).toList())), 200);
  }

  /** The filters of the bank list (and of its export): what the user may see, narrowed by the query. */
  static SearchFilter bankFilter(RoutingContext ctx, CurrentUser user) {
    String status = ctx.queryParams().get("status");
    boolean mine = "true".equals(ctx.queryParams().get("mine"));
    SearchFilter f = filter(ctx, status == null ? List.of() : List.of(QuestionStatus.valueOf(status)),
        bool(ctx, "needsReview"), mine ? user.id() : null, user.has(Role.REVIEWER) ? null : user.id(), false);
    Boolean returned = bool(ctx, "returned");
    return returned == null ? f : new SearchFilter(f.query(), f.statuses(), f.type(), f.tag(), f.document(),
        f.article(), f.difficulty(), f.needsReview(), f.authorId(), f.visibleToAuthor(), f.publicOnly(),
        f.oldestFirst(), f.page(), f.size(), returned);
  }

  public void create(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    QuestionContent content = Jsons.body(ctx, QuestionContent.class);
    send(ctx, service.create(user, content).map(QuestionView::of), 201);
  }

  public void get(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER, Role.HOST, Role.ORGANISER);
    send(ctx, service.get(user, id(ctx)).map(QuestionView::of), 200);
  }

  public void edit(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    Edit edit = Jsons.body(ctx, Edit.class);
    send(ctx, service.edit(user, id(ctx), edit.baseVersion(), edit.content()).map(QuestionView::of), 200);
  }

  public void review(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER);
    boolean hasBody = ctx.body().length() > 0;
    String comment = hasBody ? Jsons.body(ctx, ReviewNote.class).comment() : null;
    send(ctx, service.act(user, id(ctx), ctx.pathParam("action"), comment).map(QuestionView::of), 200);
  }

  public void history(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER, Role.HOST, Role.ORGANISER);
    long id = id(ctx);
    send(ctx, service.get(user, id).compose(q -> questions.history(id)), 200);
  }

  public void version(RoutingContext ctx) {
    CurrentUser user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER, Role.HOST, Role.ORGANISER);
    long id = id(ctx);
    int version = Integer.parseInt(ctx.pathParam("version"));
    send(ctx, service.get(user, id).compose(q -> questions.version(id, version)).map(content -> {
      if (content == null) {
        throw new vn.luatvui.server.http.ApiException(404, "not_found", "Câu hỏi không có phiên bản " + version + ".");
      }
      return content;
    }), 200);
  }

  /**
   * The public lookup: approved, public questions whose laws are in force, polls aside; no sign-in.
   * Ranked by what was asked (see {@link LookupSearch}); {@code id} reads one question's permanent address.
   */
  public void lookup(RoutingContext ctx) {
    SearchFilter filter = filter(ctx, List.of(), null, null, null, true);
    Long id = ctx.queryParams().get("id") == null ? null : Long.valueOf(ctx.queryParams().get("id"));
    send(ctx, documents.allNames().compose(all -> lookup.search(filter, id, all)).compose(page -> documents.names(questions.pool(),
            page.items().stream().flatMap(q -> q.content().citedDocuments().stream()).distinct().toList())
        .map(names -> new Page<>(page.total(), page.page(), page.size(),
            page.items().stream().map(q -> PublicQuestion.of(q, names)).toList()))), 200);
  }

  private static SearchFilter filter(RoutingContext ctx, List<QuestionStatus> statuses, Boolean needsReview,
                                     Long authorId, Long visibleToAuthor, boolean publicOnly) {
    var p = ctx.queryParams();
    String type = p.get("type");
    return new SearchFilter(p.get("q"), statuses, type == null ? null : QuestionType.valueOf(type), p.get("tag"),
        p.get("document"), integer(p.get("article")), integer(p.get("difficulty")), needsReview, authorId,
        visibleToAuthor, publicOnly, "oldest".equals(p.get("sort")),
        p.get("page") == null ? 1 : Integer.parseInt(p.get("page")),
        p.get("size") == null ? 20 : Integer.parseInt(p.get("size")));
  }

  private static Integer integer(String value) {
    return value == null ? null : Integer.valueOf(value);
  }

  private static Boolean bool(RoutingContext ctx, String name) {
    String value = ctx.queryParams().get(name);
    return value == null ? null : Boolean.valueOf(value);
  }

  private static long id(RoutingContext ctx) {
    return Long.parseLong(ctx.pathParam("id"));
  }

  static <T> void send(RoutingContext ctx, Future<T> result, int status) {
    result.onSuccess(value -> Jsons.send(ctx, status, value)).onFailure(ctx::fail);
  }
}
