package vn.luatvui.server.law;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.law.LawViews.ArticleView;
import vn.luatvui.server.law.LawViews.ChangeView;
import vn.luatvui.server.law.LawViews.DocumentView;
import vn.luatvui.server.law.LawViews.SearchResult;
import vn.luatvui.server.law.LawViews.Structure;

/** The public read API of the legal store, {@code /api/laws}: no sign-in, cacheable. */
public final class LawRoutes {
  private final LawQueries documents;
  private final ArticleQueries articles;
  private final CitationChecks citations;
  private final ChangeFlags flags;
  private final ArticleQuestions practice;
  private final AknExport akn;

  public LawRoutes(io.vertx.sqlclient.Pool pool, CitationChecks citations, ChangeFlags flags,
                   ArticleQuestions practice) {
    this.documents = new LawQueries(pool);
    this.articles = new ArticleQueries(pool);
    this.citations = citations;
    this.flags = flags;
    this.practice = practice;
    this.akn = new AknExport(pool);
  }

  /** The whole store as Akoma Ntoso XML, one document per law in a zip. */
  public AknExport akn() {
    return akn;
  }

  /** Reviewers: the questions whose citations did not resolve at the last check. */
  public void unresolved(RoutingContext ctx) {
    Authentication.require(ctx, Role.REVIEWER, Role.ADMIN);
    citations.issues().onSuccess(list -> Jsons.send(ctx, 200, list)).onFailure(ctx::fail);
  }

  /** Reviewers: flag questions on changed provisions and re-check every citation of the bank now. */
  public void check(RoutingContext ctx) {
    Authentication.require(ctx, Role.REVIEWER, Role.ADMIN);
    flags.flagChanged().compose(flagged -> citations.checkAll().map(n -> java.util.Map.of("unresolved", n,
            "flagged", flagged)))
        .onSuccess(body -> Jsons.send(ctx, 200, body)).onFailure(ctx::fail);
  }

  /** Documents, filtered by kind, field, status (IN_FORCE, AMENDED, OUT_OF_FORCE) and words of the name or number. */
  public void list(RoutingContext ctx) {
    LocalDate day = asOf(ctx);
    String kind = ctx.queryParams().get("kind");
    String field = ctx.queryParams().get("field");
    String status = ctx.queryParams().get("status");
    String q = VietnameseText.fold(ctx.queryParams().get("q"));
    Cacheable.send(ctx, documents.documents(day).map(list -> Jsons.write(list.stream()
        .filter(d -> kind == null || kind.equals(d.kind()))
        .filter(d -> field == null || d.fields().stream().anyMatch(f -> VietnameseText.fold(f).equals(VietnameseText.fold(field))))
        .filter(d -> status == null || status.equals(d.status()))
        .filter(d -> q == null || q.isEmpty() || VietnameseText.fold(d.name() + " " + d.number()).contains(q))
        .toList())));
  }

  /** A document and its table of contents as of a day (no article texts: long codes load fast). */
  public void structure(RoutingContext ctx) {
    LocalDate day = asOf(ctx);
    Cacheable.send(ctx, documents.document(ctx.pathParam("document"), day)
        .compose(doc -> articles.toc(doc.number(), day).map(toc -> Jsons.write(new Structure(doc, day, toc)))));
  }

  /** An article as in force on a day, with its periods and what changed it. */
  public void article(RoutingContext ctx) {
    LocalDate day = asOf(ctx);
    String number = ctx.pathParam("article");
    Cacheable.send(ctx, documents.document(ctx.pathParam("document"), day)
        .compose(doc -> articles.article(doc, number, day)
            .compose(a -> changes(doc, number, null, null).map(ch -> Jsons.write(new ArticleView(a.document(),
                a.documentName(), a.number(), a.title(), a.divisions(), a.asOf(), a.status(), a.content(), a.text(),
                a.effectiveFrom(), a.effectiveTo(), a.changedBy(), a.versions(), ch))))));
  }

  /** What changed in a provision (the article, or one of its khoản or điểm), and its document's end. */
  public void changes(RoutingContext ctx) {
    var p = ctx.queryParams();
    Cacheable.send(ctx, documents.document(ctx.pathParam("document"), BankClock.today())
        .compose(doc -> changes(doc, ctx.pathParam("article"), p.get("clause"), p.get("point")))
        .map(Jsons::write));
  }

  private Future<List<ChangeView>> changes(DocumentView doc, String article, String clause, String point) {
    return documents.changes(doc.number(), article, clause, point).map(list -> {
      List<ChangeView> out = new ArrayList<>(list);
      if (doc.effectiveTo() != null) {
        out.add(new ChangeView(doc.effectiveTo().plusDays(1), "DOCUMENT_ENDED",
            doc.replacedBy().isEmpty() ? null : doc.replacedBy().get(0), null, null, null, null));
      }
      return out;
    });
  }

  /** One search across the articles in force: "Điều 9", "khoan 2 dieu 5 luat tre em", free words. */
  public void search(RoutingContext ctx) {
    LocalDate day = asOf(ctx);
    String q = ctx.queryParams().get("q");
    SearchTerms terms = SearchTerms.parse(q);
    if (terms.isEmpty()) {
      Cacheable.send(ctx, Future.succeededFuture(Jsons.write(new SearchResult(q, day, 0, List.of()))));
      return;
    }
    Cacheable.send(ctx, articles.search(terms, day).map(groups -> Jsons.write(new SearchResult(q, day,
        groups.stream().mapToInt(g -> g.articles().size()).sum(), groups))));
  }

  /** The approved public questions citing an article, to practise it on its page (rate-limited, not cached). */
  public void questions(RoutingContext ctx) {
    practice.list(ctx);
  }

  /** The whole store in its lossless JSON form. */
  public void export(RoutingContext ctx) {
    ctx.response().putHeader("Content-Disposition", "attachment; filename=\"luatvui-kho-van-ban.json\"");
    Cacheable.send(ctx, documents.export());
  }

  private static LocalDate asOf(RoutingContext ctx) {
    String value = ctx.queryParams().get("asOf");
    if (value == null) {
      return BankClock.today();
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, "bad_request", "Ngày \"asOf\" phải có dạng YYYY-MM-DD.");
    }
  }
}
