package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.bank.LegalDocumentStore;
import vn.luatvui.server.contest.domain.AttemptScore;
import vn.luatvui.server.contest.domain.AttemptScorer;
import vn.luatvui.server.contest.domain.AttemptStartPolicy;
import vn.luatvui.server.contest.domain.AttemptWindow;
import vn.luatvui.server.contest.domain.Candidate;
import vn.luatvui.server.contest.domain.PracticeRule;
import vn.luatvui.server.contest.domain.QuestionPool;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.Draw;
import vn.luatvui.server.contest.domain.DrawnQuestion;
import vn.luatvui.server.contest.domain.PoolTooSmall;
import vn.luatvui.server.contest.domain.ContestRefused;
import vn.luatvui.server.metrics.Meters;

/**
 * Taking part: starting an attempt (the server draws and shuffles, the clock starts), saving answers
 * as they are given, the prediction, and submission — by the contestant or automatically when time is up.
 * Timing is the server's only.
 */
public final class Attempts {
  private static final Logger LOG = LoggerFactory.getLogger(Attempts.class);
  private static final SecureRandom SEEDS = new SecureRandom();

  /** An attempt and whether it was started by this request (false: the one already in progress). */
  public record Started(AttemptView view, boolean created) {
  }

  private final Pool pool;
  private final ContestStore contests;
  private final AttemptStore attempts;
  private final EntryStore entries;
  private final QuestionSource questions;
  private final LegalDocumentStore documents;
  private final BoardUpdates boards;
  private final AttemptAccess access;
  private final Meters meters;
  private final Clock clock;

  public Attempts(Pool pool, ContestStore contests, AttemptStore attempts, EntryStore entries, QuestionSource questions,
                  LegalDocumentStore documents, BoardUpdates boards, AttemptAccess access, Meters meters, Clock clock) {
    this.pool = pool;
    this.contests = contests;
    this.attempts = attempts;
    this.entries = entries;
    this.questions = questions;
    this.documents = documents;
    this.boards = boards;
    this.access = access;
    this.meters = meters;
    this.clock = clock;
  }

  public Future<Started> start(Contest contest, Contestant who, Integer roundNumber, boolean practice) {
    Optional<ContestRefused> closed = AttemptStartPolicy.contestOpen(contest.published());
    if (closed.isPresent()) {
      return Future.failedFuture(closed.get());
    }
    return attempts.inProgress(who.id()).compose(open -> {
      if (open != null && !open.window().expiredAt(clock.instant())) {
        return view(open, contest).map(v -> new Started(v, false));
      }
      Future<Void> cleared = open == null ? Future.succeededFuture() : submit(open.id(), null, true).mapEmpty();
      return cleared.compose(x -> practice ? startPractice(contest, who) : startRanked(contest, who, roundNumber));
    });
  }

  private Future<Started> startPractice(Contest contest, Contestant who) {
    return AttemptStartPolicy.practiceAllowed(contest.settings().practiceEnabled())
        .<Future<Started>>map(Future::failedFuture)
        .orElseGet(() -> draw(contest, true).compose(drawn -> insert(contest, who, null, drawn, null)));
  }

  private Future<Started> startRanked(Contest contest, Contestant who, Integer number) {
    Optional<ContestRefused> unchosen = AttemptStartPolicy.roundChosen(number);
    if (unchosen.isPresent()) {
      return Future.failedFuture(unchosen.get());
    }
    Instant now = clock.instant();
    return contests.round(pool, contest.id(), number, "").compose(round -> {
      Optional<ContestRefused> notOpen = AttemptStartPolicy.roundOpen(number, round == null ? null : round.stateAt(now));
      if (notOpen.isPresent()) {
        return Future.failedFuture(notOpen.get());
      }
      return attempts.rankedInRound(pool, who.id(), number).compose(used -> {
        Optional<ContestRefused> spent = AttemptStartPolicy.attemptsLeft(number, used, contest.settings().attemptsPerRound());
        if (spent.isPresent()) {
          return Future.failedFuture(spent.get());
        }
        return draw(contest, false)
            .compose(drawn -> WithheldQuestions.withhold(pool, contest.id(), drawn.stream().map(DrawnQuestion::questionId).toList())
                .map(drawn))
            .compose(drawn -> insert(contest, who, number, drawn, round.closesAt()));
      });
    });
  }

  /**
   * Draws an attempt (a practice one under the contest's {@link vn.luatvui.server.contest.domain.PracticeRule});
   * if a drawn question has left play since the pool was read, reads it again once.
   */
  private Future<List<DrawnQuestion>> draw(Contest contest, boolean practice) {
    ContestSettings s = contest.settings();
    QuestionPool from = practice && PracticeRule.of(s) == PracticeRule.SEPARATE_POOL ? s.practicePool() : s.pool();
    return drawOnce(contest, from, practice).compose(drawn -> questions.stillDrawable(from, drawn, BankClock.today())
        .compose(fine -> fine ? Future.succeededFuture(drawn) : drawOnce(contest, from, practice)));
  }

  private Future<List<DrawnQuestion>> drawOnce(Contest contest, QuestionPool from, boolean practice) {
    ContestSettings s = contest.settings();
    Future<List<Candidate>> candidates = practice ? questions.practiceCandidates(s, BankClock.today())
        : questions.candidates(s.pool(), BankClock.today());
    return candidates.compose(list -> {
      try {
        return Future.succeededFuture(Draw.draw(list, from, s.questionsPerAttempt(), SEEDS.nextLong()));
      } catch (PoolTooSmall e) {
        LOG.warn("Contest {} cannot draw an attempt: {}", contest.id(), e.getMessage());
        return Future.failedFuture(new ContestRefused(ContestRefused.Reason.POOL_TOO_SMALL_TO_DRAW,
            "Ngân hàng câu hỏi của cuộc thi hiện không đủ câu để tạo bài thi; hãy báo ban tổ chức. " + e.getMessage()));
      }
    });
  }

  private Future<Started> insert(Contest contest, Contestant who, Integer round, List<DrawnQuestion> drawn,
                                 Instant roundClosesAt) {
    Instant now = clock.instant();
    AttemptWindow window = AttemptWindow.open(now, Duration.ofSeconds(contest.settings().timeLimitSeconds()), roundClosesAt);
    return pool.withTransaction(tx -> attempts.insert(tx, contest.id(), round, who.id(), round == null, drawn, window))
        .onSuccess(id -> meters.attempt("started"))
        .compose(id -> attempts.find(pool, id))
        .compose(a -> view(a, contest)).map(v -> new Started(v, true))
        .recover(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState())
            ? attempts.inProgress(who.id()).compose(open -> view(open, contest)).map(v -> new Started(v, false))
            : Future.failedFuture(e));
  }

  /** The attempt, if the holder of one of the codes owns it; else 404. */
  public Future<AttemptView> get(long attemptId, List<Buffer> codes) {
    return access.owned(attemptId, codes).compose(a -> {
      if (!a.submitted() && a.window().expiredAt(clock.instant())) {
        return submit(attemptId, codes, true);
      }
      return contests.find(pool, a.contestId()).compose(contest -> view(a, contest));
    });
  }

  /**
   * Submits the attempt (codes null: the server, for an attempt whose time is up): scores it, and for a
   * ranked attempt makes it the contestant's entry if it is their best, then refreshes the live boards.
   * Submitting twice returns the same result.
   */
  public Future<AttemptView> submit(long attemptId, List<Buffer> codes, boolean automatic) {
    Future<Void> allowed = codes == null ? Future.succeededFuture() : access.owned(attemptId, codes).mapEmpty();
    return allowed
        .compose(x -> pool.withTransaction(tx -> attempts.lock(tx, attemptId).compose(a -> a.submitted()
            ? Future.succeededFuture(new Outcome(a, false)) : score(tx, a, automatic))))
        .compose(outcome -> refresh(outcome).compose(y -> attempts.find(pool, attemptId)))
        .compose(a -> contests.find(pool, a.contestId()).compose(contest -> view(a, contest)));
  }

  /**
   * Scores and closes the locked attempt. A ranked attempt becomes the contestant's entry if it is their
   * best, unless its round has been closed meanwhile (the round is read FOR SHARE, so closing waits).
   */
  private Future<Outcome> score(SqlConnection tx, Attempt a, boolean automatic) {
    Instant now = clock.instant();
    Future<Round> round = a.round() == null ? Future.succeededFuture(null)
        : contests.round(tx, a.contestId(), a.round(), "FOR SHARE");
    return round.compose(r -> contests.find(tx, a.contestId()).compose(contest -> attempts.answers(tx, a.id())
        .compose(answers -> questions.contents(a.questions()).compose(contents -> {
          AttemptScore score = AttemptScorer.score(a.questions(), contents, answers, contest.settings().pointsPerQuestion());
          boolean late = a.window().expiredAt(now);
          Instant submittedAt = late ? a.deadline() : now;
          long duration = a.window().durationMs(now);
          boolean ranked = r != null && !r.closed();
          return attempts.markSubmitted(tx, a, submittedAt, automatic || late, score, duration)
              .compose(y -> ranked ? entries.offer(tx, a, score.score(), score.perfect(), duration, submittedAt)
                  : Future.succeededFuture(false))
              .map(changed -> {
                meters.attempt(automatic || late ? "auto_submitted" : "submitted");
                return new Outcome(a, changed);
              });
        }))));
  }

  /** The live boards follow a new best; if Redis fails, PostgreSQL has it and a rebuild restores the board. */
  private Future<Void> refresh(Outcome outcome) {
    if (!outcome.entryChanged()) {
      return Future.succeededFuture();
    }
    Attempt a = outcome.attempt();
    return boards.entryChanged(a.contestId(), a.round(), a.contestantId()).recover(e -> {
      LOG.warn("Live board of contest {} not refreshed; a rebuild will restore it", a.contestId(), e);
      return Future.succeededFuture();
    });
  }

  private record Outcome(Attempt attempt, boolean entryChanged) {
  }

  /** What the contestant sees of the attempt now, with the rank on the round's board when submitted. */
  Future<AttemptView> view(Attempt a, Contest contest) {
    Instant now = clock.instant();
    return contests.rounds(pool, a.contestId()).compose(rounds -> questions.contents(a.questions()).compose(contents -> attempts.answers(pool, a.id())
        .compose(answers -> {
          AttemptScore score = a.submitted()
              ? AttemptScorer.score(a.questions(), contents, answers, contest.settings().pointsPerQuestion()) : null;
          Future<Long> rank = a.submitted() && a.round() != null ? boards.rankOf(a.contestId(), a.round(), a.contestantId())
              : Future.succeededFuture(null);
          Future<Map<String, String>> names = a.submitted() ? documents.names(pool, cited(contents)) : Future.succeededFuture(Map.of());
          return rank.compose(rk -> names.map(n -> AttemptViews.of(a, contest.settings(), rounds, contents, answers, score, rk, n, now)));
        })));
  }

  private static List<String> cited(List<QuestionContent> contents) {
    return contents.stream().flatMap(c -> c.citedDocuments().stream()).distinct().toList();
  }
}
