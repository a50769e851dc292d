package vn.luatvui.server.contest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.server.contest.domain.AttemptScore;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.DrawnQuestion;
import vn.luatvui.server.contest.domain.PracticeRule;
import vn.luatvui.server.contest.domain.QuestionResult;
import vn.luatvui.server.contest.domain.RevealPolicy;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.judging.Shuffle;

/** Builds what a contestant sees of an attempt: shuffled questions, their answers, and the review when its time has come. */
final class AttemptViews {
  private AttemptViews() {
  }

  /**
   * When the answers of a submitted attempt may be shown: null = now (or already). A practice attempt
   * drawn from the ranked pool waits for every round to be over, so practice never reveals a ranked
   * question's answer while it can still be drawn; one drawn from a practice pool of its own shows them at once.
   */
  static Instant revealAt(Attempt attempt, ContestSettings settings, Round round, List<Round> rounds, Instant now) {
    if (attempt.practice()) {
      if (PracticeRule.of(settings) == PracticeRule.SEPARATE_POOL) {
        return null;
      }
      return rounds.stream().filter(r -> !over(r, now)).map(Round::closesAt).max(Instant::compareTo).orElse(null);
    }
    if (settings.reveal() == RevealPolicy.AFTER_SUBMIT || round == null) {
      return null;
    }
    return over(round, now) ? null : round.closesAt();
  }

  private static boolean over(Round round, Instant now) {
    return round.closed() || !now.isBefore(round.closesAt());
  }

  static AttemptView of(Attempt a, ContestSettings settings, List<Round> rounds, List<QuestionContent> contents,
                        Map<Integer, AnswerPayload> answers, AttemptScore score, Long rank, Map<String, String> documentNames,
                        Instant now) {
    List<AttemptView.ShownQuestion> shown = new ArrayList<>();
    for (int i = 0; i < a.questions().size(); i++) {
      DrawnQuestion d = a.questions().get(i);
      QuestionContent c = contents.get(i);
      List<String> choices = d.choiceOrder().stream().map(bank -> c.choices().get(bank).text()).toList();
      shown.add(new AttemptView.ShownQuestion(i, c.type(), c.text(), choices, c.imageUrl(), c.imageAlt(), answers.get(i)));
    }
    AttemptView.Prediction prediction = a.practice() || settings.predictionQuestion() == null ? null
        : new AttemptView.Prediction(settings.predictionQuestion(), a.prediction());
    if (!a.submitted()) {
      return new AttemptView(a.id(), a.contestId(), a.round(), a.practice(), AttemptView.Status.IN_PROGRESS,
          a.startedAt(), a.deadline(), a.window().remainingMs(now), now, shown, prediction, null, null, null);
    }
    AttemptView.Result result = new AttemptView.Result(a.score(), a.questions().size() * settings.pointsPerQuestion(),
        a.correct(), a.questions().size(), a.durationMs(), a.submittedAt(), a.autoSubmitted(), rank);
    Round round = a.round() == null ? null : rounds.stream().filter(r -> r.number() == a.round()).findFirst().orElse(null);
    Instant revealAt = revealAt(a, settings, round, rounds, now);
    List<AttemptView.Review> review = revealAt != null ? null : review(a, contents, score, documentNames);
    return new AttemptView(a.id(), a.contestId(), a.round(), a.practice(), AttemptView.Status.SUBMITTED, a.startedAt(),
        a.deadline(), 0, now, shown, prediction, result, revealAt, review);
  }

  private static List<AttemptView.Review> review(Attempt a, List<QuestionContent> contents, AttemptScore score,
                                                 Map<String, String> names) {
    List<AttemptView.Review> review = new ArrayList<>();
    for (int i = 0; i < a.questions().size(); i++) {
      QuestionContent c = contents.get(i);
      Shuffle shuffle = new Shuffle(a.questions().get(i).choiceOrder());
      QuestionResult r = score.questions().get(i);
      List<AttemptView.CitationView> citations = c.citations().stream()
          .map((Citation cite) -> new AttemptView.CitationView(cite.reference(), names.get(cite.document()), cite.quote(),
              cite.document(), cite.article(), cite.clause(), cite.point()))
          .toList();
      review.add(new AttemptView.Review(i, r.correct(), r.points(), correct(c, shuffle), c.explanation(), citations));
    }
    return review;
  }

  private static AttemptView.CorrectAnswer correct(QuestionContent c, Shuffle shuffle) {
    List<Choice> choices = c.choices();
    switch (c.type()) {
      case SINGLE_CHOICE:
      case TRUE_FALSE:
        for (int b = 0; b < choices.size(); b++) {
          if (choices.get(b).correct()) {
            return new AttemptView.CorrectAnswer(shuffle.toShown(b), null, null, null);
          }
        }
        return new AttemptView.CorrectAnswer(null, null, null, null);
      case MULTIPLE_SELECT: {
        List<Integer> shown = new ArrayList<>();
        for (int b = 0; b < choices.size(); b++) {
          if (choices.get(b).correct()) {
            shown.add(shuffle.toShown(b));
          }
        }
        shown.sort(null);
        return new AttemptView.CorrectAnswer(null, shown, null, null);
      }
      case ORDERING: {
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < choices.size(); b++) {
          order.add(shuffle.toShown(b));
        }
        return new AttemptView.CorrectAnswer(null, null, order, null);
      }
      case TYPE_ANSWER:
        return new AttemptView.CorrectAnswer(null, null, null, c.accepted());
      default:
        return new AttemptView.CorrectAnswer(null, null, null, null);
    }
  }
}
