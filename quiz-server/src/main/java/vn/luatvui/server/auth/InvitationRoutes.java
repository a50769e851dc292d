package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.luatvui.bank.account.Role;
import vn.luatvui.server.auth.AccountRefused.Reason;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.mail.Mail;
import vn.luatvui.server.mail.MailTemplate;
import io.vertx.sqlclient.SqlClient;
import java.util.Map;

/**
 * Accounts that choose their own password: the admin creates one (or many from a CSV file) without a
 * password and hands over a link; opening it, the person sets a password under the password policy.
 * A link can also be made for an existing account (a forgotten password, instead of a temporary one).
 * The two public steps are limited per address: wrong links like wrong codes, and setting a password
 * (a costly hash) on its own.
 */
public final class InvitationRoutes {
  public static final int WRONG_LINKS = 20;
  public static final int PASSWORDS_SET = 10;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  /** Where a link opens in the web client; the token travels after '#', so it never reaches a server log. */
  static final String PAGE = "/dat-mat-khau#";
  private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
  private static final java.time.format.DateTimeFormatter EXPIRES =
      java.time.format.DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  record Token(String token) {
  }

  record Acceptance(String token, String password) {
  }

  record CsvBody(String csv) {
  }

  /** Whom a link is for, as the set-password page shows it. */
  public record InvitationView(String email, String displayName, OffsetDateTime expiresAt) {
  }

  /** An account with its invitation link (shown this once). */
  public record InvitedUser(long id, String email, String displayName, Set<Role> roles, boolean active,
                            boolean invited, String inviteUrl, OffsetDateTime inviteExpiresAt, boolean mailed) {
  }

  private final Vertx vertx;
  private final UserStore users;
  private final InvitationStore invitations;
  private final SessionStore sessions;
  private final RateLimiter limiter;
  private final ClientAddress addresses;
  private final String base;
  private final Mail mail;

  public InvitationRoutes(Vertx vertx, UserStore users, InvitationStore invitations, SessionStore sessions,
                          RateLimiter limiter, ClientAddress addresses, URI publicBaseUrl, Mail mail) {
    this.mail = mail;
    this.vertx = vertx;
    this.users = users;
    this.invitations = invitations;
    this.sessions = sessions;
    this.limiter = limiter;
    this.addresses = addresses;
    String url = publicBaseUrl.toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** One account without a password, and its link (the admin's form when no password is typed). */
  void createInvited(RoutingContext ctx, CurrentUser admin, AuthRoutes.NewUser body) {
    List<AccountCsv.Row> rows = List.of(new AccountCsv.Row(0, body.email() == null ? null : body.email().strip(),
        body.displayName() == null ? null : body.displayName().strip(), body.roles() == null ? Set.of() : body.roles()));
    insertAll(admin, rows).onSuccess(created -> Jsons.send(ctx, 201, created.get(0))).onFailure(ctx::fail);
  }

  /** Admin: many accounts from a CSV text, each with its link; every row right or nothing written. */
  public void importCsv(RoutingContext ctx) {
    CurrentUser admin = Authentication.require(ctx, Role.ADMIN);
    AccountCsv.Parsed parsed = AccountCsv.parse(Jsons.body(ctx, CsvBody.class).csv());
    Future<List<AccountCsv.Problem>> problems = parsed.ok() ? taken(parsed.rows()) : Future.succeededFuture(parsed.problems());
    problems.compose(found -> found.isEmpty() ? insertAll(admin, parsed.rows())
            : Future.failedFuture(new AccountImportRefused(found)))
        .onSuccess(created -> Jsons.send(ctx, 201, created))
        .onFailure(e -> {
          if (e instanceof AccountImportRefused refused) {
            Jsons.send(ctx, 422, refused.body());
          } else {
            ctx.fail(e);
          }
        });
  }

  /** The CSV template, with a byte-order mark so that Excel opens it as UTF-8. */
  public void template(RoutingContext ctx) {
    Authentication.require(ctx, Role.ADMIN);
    ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
        .putHeader("Content-Disposition", "attachment; filename=\"tai-khoan-mau.csv\"")
        .end(AccountCsv.TEMPLATE);
  }

  /** Admin: a new link for an account (the unused ones stop working); the password stays until the link is used. */
  public void reissue(RoutingContext ctx) {
    CurrentUser admin = Authentication.require(ctx, Role.ADMIN);
    long id = Long.parseLong(ctx.pathParam("id"));
    users.findById(id).compose(stored -> {
      if (stored == null || "!".equals(stored.passwordHash()) || !stored.active()) {
        return Future.failedFuture(new AccountRefused(Reason.NOT_FOUND, "Không có tài khoản đang hoạt động số " + id + "."));
      }
      return invitations.pool().withTransaction(tx -> invitations.issue(tx, id, admin.id())
          .compose(issued -> mailLink(tx, stored.user().email(), stored.user().displayName(), issued)
              .map(mailed -> view(stored, issued, mailed))));
    }).onSuccess(v -> Jsons.send(ctx, 200, v)).onFailure(ctx::fail);
  }

  /** Public: whom a link is for (the set-password page shows the email and checks the password against it). */
  public void check(RoutingContext ctx) {
    Token body = Jsons.body(ctx, Token.class);
    valid(ctx, body.token())
        .onSuccess(i -> Jsons.send(ctx, 200, new InvitationView(i.email(), i.displayName(), i.expiresAt())))
        .onFailure(ctx::fail);
  }

  /** Public: sets the password of the link's account, once; every session of the account ends. */
  public void accept(RoutingContext ctx) {
    Acceptance body = Jsons.body(ctx, Acceptance.class);
    String address = addresses.of(ctx.request());
    limiter.allow("invitation-accept", address, PASSWORDS_SET, WINDOW)
        .compose(ok -> ok ? valid(ctx, body.token()) : Future.failedFuture(tooMany()))
        .compose(invited -> {
          var problem = PasswordPolicy.check(body.password(), invited.email(), invited.displayName());
          if (problem.isPresent()) {
            return Future.failedFuture(new AccountRefused(Reason.WEAK_PASSWORD, problem.get().vi()));
          }
          return vertx.executeBlocking(() -> PasswordHasher.hash(body.password()))
              .compose(hash -> invitations.accept(body.token(), invited.userId(), hash))
              .compose(done -> done ? sessions.closeAll(invited.userId()).map(invited.email())
                  : Future.failedFuture(unknown()));
        })
        .onSuccess(email -> Jsons.send(ctx, 200, java.util.Map.of("email", email)))
        .onFailure(ctx::fail);
  }

  private Future<InvitationStore.Invited> valid(RoutingContext ctx, String token) {
    String address = addresses.of(ctx.request());
    return limiter.guess(new RateLimiter.Limit("invitation-link", address, WRONG_LINKS, WINDOW),
            () -> invitations.find(token), InvitationRoutes::tooMany)
        .compose(found -> found == null ? Future.failedFuture(unknown()) : Future.succeededFuture(found));
  }

  /** The rows whose email already has an account. */
  private Future<List<AccountCsv.Problem>> taken(List<AccountCsv.Row> rows) {
    return users.existingEmails(rows.stream().map(AccountCsv.Row::email).toList()).map(existing -> {
      List<AccountCsv.Problem> problems = new ArrayList<>();
      for (AccountCsv.Row row : rows) {
        if (existing.contains(Emails.normalise(row.email()))) {
          problems.add(new AccountCsv.Problem(row.row(), "email", "Email " + row.email() + " đã có tài khoản."));
        }
      }
      return problems;
    });
  }

  /** Creates the accounts and their links in one transaction. */
  private Future<List<InvitedUser>> insertAll(CurrentUser admin, List<AccountCsv.Row> rows) {
    for (AccountCsv.Row row : rows) {
      AuthRoutes.checkAccount(row.email(), row.displayName(), null, row.roles());
    }
    return invitations.pool().withTransaction(tx -> {
      Future<List<InvitedUser>> chain = Future.succeededFuture(new ArrayList<>());
      for (AccountCsv.Row row : rows) {
        chain = chain.compose(list -> users.insert(tx, row.email(), row.displayName(), InvitationStore.NO_PASSWORD,
                row.roles())
            .compose(id -> invitations.issue(tx, id, admin.id()).compose(issued ->
                mailLink(tx, row.email(), row.displayName(), issued).map(mailed -> {
                  list.add(new InvitedUser(id, row.email(), row.displayName(), row.roles(), true, true,
                      base + PAGE + issued.token(), issued.expiresAt(), mailed));
                  return list;
                }))));
      }
      return chain;
    }).recover(AuthRoutes::duplicateEmail);
  }

  private InvitedUser view(UserStore.StoredUser stored, InvitationStore.Issued issued, boolean mailed) {
    CurrentUser u = stored.user();
    return new InvitedUser(u.id(), u.email(), u.displayName(), u.roles(), stored.active(),
        !PasswordHasher.isHash(stored.passwordHash()), base + PAGE + issued.token(), issued.expiresAt(), mailed);
  }

  /** Queues the invitation mail with the link, in the transaction that made the link (nothing when mail is off). */
  private Future<Boolean> mailLink(SqlClient tx, String email, String name, InvitationStore.Issued issued) {
    return mail.send(tx, MailTemplate.INVITATION, email, Map.of("name", name, "link", base + PAGE + issued.token(),
        "expires", EXPIRES.format(issued.expiresAt().atZoneSameInstant(VIETNAM))));
  }

  private static AccountRefused unknown() {
    return new AccountRefused(Reason.NOT_FOUND,
        "Liên kết đặt mật khẩu không đúng, đã được dùng hoặc đã hết hạn; hãy xin quản trị viên một liên kết mới.");
  }

  private static AccountRefused tooMany() {
    return new AccountRefused(Reason.RATE_LIMITED, "Quá nhiều lượt thử từ địa chỉ này; hãy đợi 15 phút rồi thử lại.");
  }
}
