package vn.luatvui.server.law;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.bank.LegalDocumentStore;
import vn.luatvui.server.bank.PublicQuestion;
import vn.luatvui.server.bank.QuestionStore;
import vn.luatvui.server.json.Jsons;

/**
 * "Luyện tập điều này": the approved public questions citing one Điều, with their answers, for the reader's
 * article page. The questions are the public lookup's own (same rules, read by {@link QuestionStore#practice});
 * not cached, since a contest opening takes its pool out of them at once.
 */
public final class ArticleQuestions {
  static final int LIMIT = 20;

  /** The questions citing the article (its document as stored: "36/2024/QH15"). */
  record Listing(String document, String article, List<PublicQuestion> items) {
  }

  private final LawQueries documents;
  private final QuestionStore questions;
  private final LegalDocumentStore registry;

  public ArticleQuestions(io.vertx.sqlclient.Pool pool, QuestionStore questions, LegalDocumentStore registry) {
    this.documents = new LawQueries(pool);
    this.questions = questions;
    this.registry = registry;
  }

  void list(RoutingContext ctx) {
    String article = ctx.pathParam("article");
    documents.document(ctx.pathParam("document"), BankClock.today())
        .compose(doc -> citing(doc.number(), article))
        .onSuccess(listing -> Jsons.send(ctx, 200, listing)).onFailure(ctx::fail);
  }

  /** Questions cite a Điều by its number; an inserted one ("256a") is cited by none. */
  private Future<Listing> citing(String number, String article) {
    if (!article.matches("\\d{1,6}")) {
      return Future.succeededFuture(new Listing(number, article, List.of()));
    }
    return questions.practice(number, Integer.parseInt(article), LIMIT).compose(found -> registry.names(questions.pool(),
            found.stream().flatMap(q -> q.content().citedDocuments().stream()).distinct().toList())
        .map(names -> new Listing(number, article, found.stream().map(q -> PublicQuestion.of(q, names)).toList())));
  }
}
