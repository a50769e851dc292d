package vn.luatvui.server.law;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.bank.LegalDocumentStore;
import vn.luatvui.server.bank.PublicQuestion;
import vn.luatvui.server.bank.QuestionStore;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.json.Jsons;

/**
 * "Luyện tập điều này": the approved public questions citing one Điều, with their answers, for the reader's
 * article page. The questions are the public lookup's own (same rules, read by {@link QuestionStore#practice});
 * not cached, since a contest opening takes its pool out of them at once.
 */
public final class ArticleQuestions {
  /**
   * Requests from one address in a minute: a class behind one school address opens a few articles a
   * minute each; a scraper walking every article of the store opens many more.
   */
  static final int PER_MINUTE = 300;
  static final int LIMIT = 20;

  /** The questions citing the article (its document as stored: "36/2024/QH15"). */
  record Listing(String document, String article, List<PublicQuestion> items) {
  }

  private final LawQueries documents;
  private final QuestionStore questions;
  private final LegalDocumentStore registry;
  private final RateLimiter limiter;
  private final ClientAddress addresses;

  public ArticleQuestions(io.vertx.sqlclient.Pool pool, QuestionStore questions, LegalDocumentStore registry,
                          RateLimiter limiter, ClientAddress addresses) {
    this.documents = new LawQueries(pool);
    this.questions = questions;
    this.registry = registry;
    this.limiter = limiter;
    this.addresses = addresses;
  }

  void list(RoutingContext ctx) {
    String article = ctx.pathParam("article");
    limiter.allow("law-questions", addresses.of(ctx.request()), PER_MINUTE, Duration.ofMinutes(1))
        .compose(ok -> ok ? documents.document(ctx.pathParam("document"), BankClock.today())
            : Future.failedFuture(new ApiException(429, "rate_limited",
                "Quá nhiều yêu cầu câu hỏi luyện tập từ địa chỉ này; hãy đợi một phút rồi thử lại.")))
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
