package vn.luatvui.server.contest;

import java.time.Instant;
import java.util.List;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.judging.AnswerPayload;

/**
 * An attempt as its contestant sees it (the Attempt schema of the API): the questions in the order and
 * with the choices shuffled as drawn, never with what is correct, until {@code review} — present only
 * once the reveal time has come.
 */
public record AttemptView(long id, long contestId, Integer round, boolean practice, Status status, Instant startedAt,
                          Instant deadline, long remainingMs, Instant serverTime, List<ShownQuestion> questions,
                          Prediction prediction, Result result, Instant revealAt, List<Review> review) {
  public enum Status { IN_PROGRESS, SUBMITTED }

  public record ShownQuestion(int position, QuestionType type, String text, List<String> choices, String imageUrl,
                              String imageAlt, AnswerPayload answer) {
  }

  public record Prediction(String question, Long value) {
  }

  public record Result(int score, int maxScore, int correct, int total, long durationMs, Instant submittedAt,
                       boolean autoSubmitted, Long rank) {
  }

  /** The correct answer in shown positions: {choice} | {choices} | {order} | {accepted}. */
  public record CorrectAnswer(Integer choice, List<Integer> choices, List<Integer> order, List<String> accepted) {
  }

  /** A citation of the review, with where it points so that the reader can open the cited article. */
  public record CitationView(String reference, String documentName, String quote, String document, int article,
                             Integer clause, String point) {
  }

  public record Review(int position, boolean correct, int points, CorrectAnswer correctAnswer, String explanation,
                       List<CitationView> citations) {
  }
}
