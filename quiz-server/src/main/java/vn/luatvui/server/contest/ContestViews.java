package vn.luatvui.server.contest;

import java.time.Instant;
import java.util.List;
import vn.luatvui.server.contest.domain.Consent;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.PracticeRule;
import vn.luatvui.server.contest.domain.RoundState;

/** What the contest API answers with (see the Contest, Round and ContestSummary schemas of the API). */
final class ContestViews {
  record RoundView(int number, String title, Instant opensAt, Instant closesAt, RoundState state, Instant closedAt,
                   Long actualFigure, boolean resultsPublished, long participants) {
    static RoundView of(Round r, ContestCounts.Counts counts, Instant now) {
      return new RoundView(r.number(), r.title(), r.opensAt(), r.closesAt(), r.stateAt(now), r.closedAt(),
          r.actualFigure(), r.resultsPublished(), counts.participants(r.number()));
    }
  }

  record ContestView(long id, String title, String description, String rules, String organiser, Contest.Status status,
                     ContestSettings settings, List<RoundView> rounds, long contestants, boolean canManage,
                     Instant serverTime, PracticeRule practiceRule, Privacy privacy, List<String> unitLevels) {
  }

  /** What registration tells the contestant before they agree: what is collected, for how long, who must agree. */
  record Privacy(String notice, List<String> collected, int retentionDays, int guardianAge) {
    static Privacy of(ContestSettings s) {
      return new Privacy(Consent.NOTICE_VERSION, Consent.collected(s.askIdNumber()), s.retentionDays(),
          Consent.GUARDIAN_AGE);
    }
  }

  /** A contest in the list; {@code mine}: the signed-in organiser created it (their home lists these). */
  record ContestSummary(long id, String title, String organiser, Contest.Status status, long contestants,
                        RoundView currentRound, boolean mine) {
  }

  private ContestViews() {
  }

  static ContestView of(Contest c, List<Round> rounds, ContestCounts.Counts counts, boolean canManage, Instant now,
                        List<String> unitLevels) {
    return new ContestView(c.id(), c.title(), c.description(), c.rules(), c.organiser(), c.status(), c.settings(),
        rounds.stream().map(r -> RoundView.of(r, counts, now)).toList(), counts.contestants(), canManage, now,
        PracticeRule.of(c.settings()), Privacy.of(c.settings()), unitLevels);
  }

  /** The round open now, else the next to open, else the last. */
  static Round current(List<Round> rounds, Instant now) {
    Round next = null;
    for (Round r : rounds) {
      RoundState state = r.stateAt(now);
      if (state == RoundState.OPEN) {
        return r;
      }
      if (state == RoundState.UPCOMING && (next == null || r.opensAt().isBefore(next.opensAt()))) {
        next = r;
      }
    }
    return next != null ? next : rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
  }
}
