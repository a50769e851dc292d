package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.server.auth.RateLimiter;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.bank.ValidationFailed;
import vn.luatvui.server.contest.domain.Consent;
import vn.luatvui.server.contest.domain.RegistrationForm;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.http.ApiException;
import vn.luatvui.server.http.ClientAddress;
import vn.luatvui.server.json.Jsons;

/** The contestant's side: register, come back with the access code, take attempts. No account, no session. */
public final class ContestantRoutes {
  /** A computer room behind one address registers together; a script does not get far. */
  private static final int REGISTRATIONS_PER_ADDRESS = 300;
  private static final int WRONG_CODES_PER_ADDRESS = 20;
  private static final int STARTS_PER_CONTESTANT = 30;
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration QUARTER = Duration.ofMinutes(15);

  record RegistrationBody(String fullName, LocalDate birthDate, long unitId, String phone, String email, String idNumber,
                          Consent consent) {
  }

  /** What is stored of a consent: the notice agreed to, what it listed, and who agreed. */
  record ConsentRecord(String notice, List<String> collected, boolean byGuardian, String guardianName) {
  }

  record CodeBody(String accessCode) {
  }

  record StartBody(Integer round, Boolean practice) {
  }

  record PredictionBody(long value) {
  }

  private final ContestService contests;
  private final ContestantStore contestants;
  private final UnitStore units;
  private final Attempts attempts;
  private final AnswerTaking answering;
  private final ContestantProgress progress;
  private final ContestPeople people;
  private final AccessCodes codes;
  private final RateLimiter limiter;
  private final ClientAddress addresses;
  private final PersonalData personal;
  private final CodeMail codeMail;

  public ContestantRoutes(ContestService contests, ContestantStore contestants, UnitStore units, Attempts attempts,
                          AnswerTaking answering, ContestantProgress progress, AccessCodes codes, RateLimiter limiter,
                          ClientAddress addresses, PersonalData personal, CodeMail codeMail, ContestPeople people) {
    this.codeMail = codeMail;
    this.people = people;
    this.personal = personal;
    this.contests = contests;
    this.contestants = contestants;
    this.units = units;
    this.attempts = attempts;
    this.answering = answering;
    this.progress = progress;
    this.codes = codes;
    this.limiter = limiter;
    this.addresses = addresses;
  }

  public void register(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    RegistrationBody body = Jsons.body(ctx, RegistrationBody.class);
    Consent consent = body.consent() == null ? new Consent(false, null, false) : body.consent();
    RegistrationForm form = new RegistrationForm(body.fullName(), body.birthDate(), body.unitId(), body.phone(),
        body.email(), body.idNumber()).normalized();
    String address = address(ctx);
    limiter.allow("contest-register", address, REGISTRATIONS_PER_ADDRESS, HOUR)
        .compose(ok -> ok ? contests.visible(id, null) : Future.failedFuture(tooMany()))
        .compose(contest -> {
          if (!contest.published()) {
            return Future.failedFuture(new ApiException(409, "not_published", "Cuộc thi chưa mở đăng ký."));
          }
          List<String> collected = Consent.collected(contest.settings().askIdNumber());
          List<Violation> problems = new ArrayList<>(form.check(contest.settings().askIdNumber(), BankClock.today()));
          problems.addAll(consent.check(form.birthDate(), BankClock.today(), collected));
          if (!problems.isEmpty()) {
            return Future.failedFuture(new ValidationFailed("Thông tin đăng ký chưa hợp lệ.", problems));
          }
          boolean byGuardian = Consent.guardianNeeded(form.birthDate(), BankClock.today(), collected);
          String record = Jsons.write(new ConsentRecord(Consent.NOTICE_VERSION, collected, byGuardian,
              byGuardian ? ContestForms.text(consent.guardianName()) : null));
          return units.find(id, form.unitId()).compose(unit -> {
            if (unit == null) {
              return Future.failedFuture(new ValidationFailed("Thông tin đăng ký chưa hợp lệ.",
                  List.of(new Violation("unitId", "Đơn vị này không tham gia cuộc thi."))));
            }
            String code = AccessCodes.newCode();
            return contestants.register(id, form, AccessCodes.hash(code), record)
                .compose(c -> people.linkFrom(ctx, c.id()).map(c))
                .compose(c -> codeMail.queue(contest, form, code).map(mailed -> {
                  ctx.response().addCookie(codes.cookie(id, code));
                  return Map.of("contestant", c, "accessCode", code, "mailed", mailed);
                }));
          });
        })
        .onSuccess(reply -> Jsons.send(ctx, 201, reply)).onFailure(ctx::fail);
  }

  /** Everything kept about the contestant this browser holds the code of, as a JSON file. */
  public void myData(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    contestant(ctx).compose(personal::download).onSuccess(json -> ctx.response().setStatusCode(200)
            .putHeader("Content-Type", "application/json; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename=\"du-lieu-thi-sinh-" + id + ".json\"")
            .end(json))
        .onFailure(ctx::fail);
  }

  /** Erases the personal data of the contestant this browser holds the code of; the code is typed again. */
  public void erase(RoutingContext ctx) {
    CodeBody body = Jsons.body(ctx, CodeBody.class);
    contestant(ctx).compose(c -> personal.eraseOnRequest(c, body.accessCode()))
        .onSuccess(x -> {
          ctx.response().addCookie(codes.cookie(ContestRoutes.id(ctx), "").setMaxAge(0));
          ctx.response().setStatusCode(204).end();
        })
        .onFailure(ctx::fail);
  }

  public void signIn(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    CodeBody body = Jsons.body(ctx, CodeBody.class);
    String address = address(ctx);
    limiter.guess(new RateLimiter.Limit("contest-code", address, WRONG_CODES_PER_ADDRESS, QUARTER),
            () -> contestants.byCode(id, List.of(AccessCodes.hash(body.accessCode()))), ContestantRoutes::tooMany)
        .compose(c -> {
          if (c == null) {
            return Future.failedFuture(new ApiException(401, "wrong_code", "Mã dự thi không đúng với cuộc thi này."));
          }
          ctx.response().addCookie(codes.cookie(id, body.accessCode()));
          return progress.of(c);
        })
        .onSuccess(me -> Jsons.send(ctx, 200, me)).onFailure(ctx::fail);
  }

  public void me(RoutingContext ctx) {
    contestant(ctx).compose(progress::of).onSuccess(me -> Jsons.send(ctx, 200, me)).onFailure(ctx::fail);
  }

  public void start(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    StartBody body = Jsons.body(ctx, StartBody.class);
    boolean practice = Boolean.TRUE.equals(body.practice());
    contestant(ctx).compose(c -> limiter.allow("contest-start", Long.toString(c.id()), STARTS_PER_CONTESTANT, HOUR)
            .compose(ok -> ok ? contests.visible(id, null) : Future.failedFuture(tooMany()))
            .compose(contest -> attempts.start(contest, c, body.round(), practice))
            .compose(started -> practice ? Future.succeededFuture(started)
                : people.linkFrom(ctx, c.id()).map(started)))
        .onSuccess(started -> Jsons.send(ctx, started.created() ? 201 : 200, started.view())).onFailure(ctx::fail);
  }

  public void attempt(RoutingContext ctx) {
    attempts.get(attemptId(ctx), AccessCodes.allPresented(ctx))
        .onSuccess(view -> Jsons.send(ctx, 200, view)).onFailure(ctx::fail);
  }

  public void saveAnswer(RoutingContext ctx) {
    int position = Integer.parseInt(ctx.pathParam("position"));
    AnswerPayload answer = Jsons.body(ctx, AnswerPayload.class);
    answering.saveAnswer(attemptId(ctx), AccessCodes.byContest(ctx), position, answer)
        .onSuccess(saved -> Jsons.send(ctx, 200, saved)).onFailure(ctx::fail);
  }

  public void savePrediction(RoutingContext ctx) {
    PredictionBody body = Jsons.body(ctx, PredictionBody.class);
    answering.savePrediction(attemptId(ctx), AccessCodes.allPresented(ctx), body.value())
        .onSuccess(saved -> Jsons.send(ctx, 200, Map.of("remainingMs", saved.remainingMs())))
        .onFailure(ctx::fail);
  }

  public void submit(RoutingContext ctx) {
    List<Buffer> presented = AccessCodes.allPresented(ctx);
    attempts.submit(attemptId(ctx), presented, false).onSuccess(view -> Jsons.send(ctx, 200, view)).onFailure(ctx::fail);
  }

  /** The contestant this browser holds the code of, for the contest in the path; else 401. */
  private Future<Contestant> contestant(RoutingContext ctx) {
    long id = ContestRoutes.id(ctx);
    return contestants.byCode(id, AccessCodes.presented(ctx, id)).compose(c -> c != null ? Future.succeededFuture(c)
        : Future.failedFuture(new ApiException(401, "not_registered", "Bạn chưa đăng ký cuộc thi này trên trình duyệt này.")));
  }

  private static long attemptId(RoutingContext ctx) {
    return Long.parseLong(ctx.pathParam("id"));
  }

  private static ApiException tooMany() {
    return new ApiException(429, "rate_limited", "Quá nhiều yêu cầu; hãy đợi một lát rồi thử lại.");
  }

  private String address(RoutingContext ctx) {
    return addresses.of(ctx.request());
  }
}
