package vn.luatvui.server.bank;

import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.law.DocumentKind;
import vn.luatvui.bank.law.LegalDocument;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.auth.Authentication;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.json.Jsons;

/** HTTP handlers of the legal-document registry. */
public final class RegistryRoutes {
  /** A registry entry over the API. */
  public record DocumentView(long id, String number, String name, DocumentKind kind, LocalDate issued,
                             LocalDate effectiveFrom, LocalDate effectiveTo, List<String> replacedBy, boolean inForce,
                             long citingQuestions) {
    static DocumentView of(LegalDocumentStore.StoredDocument s) {
      LegalDocument d = s.document();
      return new DocumentView(s.id(), d.number(), d.name(), d.kind(), d.issued(), d.effectiveFrom(), d.effectiveTo(),
          d.replacedBy(), d.inForceOn(BankClock.today()), s.citingQuestions());
    }
  }

  private final LegalDocumentStore documents;
  private final LegalRegistry registry;
  private final QuestionStore questions;

  public RegistryRoutes(LegalDocumentStore documents, LegalRegistry registry, QuestionStore questions) {
    this.documents = documents;
    this.registry = registry;
    this.questions = questions;
  }

  public void list(RoutingContext ctx) {
    QuestionRoutes.send(ctx, documents.list().map(list -> list.stream().map(DocumentView::of).toList()), 200);
  }

  public void create(RoutingContext ctx) {
    Authentication.require(ctx, Role.ADMIN);
    LegalDocument d = clean(Jsons.body(ctx, LegalDocument.class));
    QuestionRoutes.send(ctx, documents.insert(d)
        .recover(e -> io.vertx.core.Future.failedFuture(duplicate(e, d)))
        .map(id -> DocumentView.of(new LegalDocumentStore.StoredDocument(id, d, 0))), 201);
  }

  public void update(RoutingContext ctx) {
    Authentication.require(ctx, Role.ADMIN);
    LegalDocument d = clean(Jsons.body(ctx, LegalDocument.class));
    long id = Long.parseLong(ctx.pathParam("id"));
    QuestionRoutes.send(ctx, registry.update(id, d).recover(e -> io.vertx.core.Future.failedFuture(duplicate(e, d)))
        .map(flagged -> Map.of("flagged", flagged)), 200);
  }

  /** The questions citing a document, so an admin sees what marking it replaced affects. */
  public void questions(RoutingContext ctx) {
    var user = Authentication.require(ctx, Role.AUTHOR, Role.REVIEWER, Role.HOST);
    long id = Long.parseLong(ctx.pathParam("id"));
    int page = ctx.queryParams().get("page") == null ? 1 : Integer.parseInt(ctx.queryParams().get("page"));
    int size = ctx.queryParams().get("size") == null ? 20 : Integer.parseInt(ctx.queryParams().get("size"));
    QuestionRoutes.send(ctx, documents.find(id).compose(doc -> {
      if (doc == null) {
        throw new ApiException(404, "not_found", "Không có văn bản này trong danh mục.");
      }
      return questions.search(new SearchFilter(null, List.of(), null, null, doc.document().number(), null, null, null,
          null, user.has(Role.REVIEWER) ? null : user.id(), false, false, page, size));
    }).map(p -> new Page<>(p.total(), p.page(), p.size(), p.items().stream().map(QuestionView::of).toList())), 200);
  }

  private static LegalDocument clean(LegalDocument d) {
    if (d.effectiveTo() != null && d.effectiveFrom() != null && d.effectiveTo().isBefore(d.effectiveFrom())) {
      throw new ApiException(400, "bad_request", "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
    }
    return new LegalDocument(d.number().strip(), VietnameseText.nfc(d.name().strip()), d.kind(), d.issued(),
        d.effectiveFrom(), d.effectiveTo(), d.replacedBy().stream().map(String::strip).toList());
  }

  private static Throwable duplicate(Throwable e, LegalDocument d) {
    return e instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
        ? new ApiException(409, "conflict", "Đã có văn bản số " + d.number() + " trong danh mục.") : e;
  }
}
