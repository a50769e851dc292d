package vn.luatvui.server.contest.domain;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.bank.question.Violation;

/**
 * How a contest runs (thể lệ cuộc thi).
 *
 * @param questionsPerAttempt questions in one attempt (số câu hỏi mỗi lượt thi)
 * @param timeLimitSeconds    time for one attempt (thời gian làm bài)
 * @param attemptsPerRound    attempts a contestant may make in one round (số lượt thi mỗi đợt)
 * @param practiceEnabled     whether practice attempts (thi thử) are offered
 * @param reveal              when correct answers are shown
 * @param pointsPerQuestion   points of a fully right answer
 * @param predictionQuestion  the prediction question (câu hỏi dự đoán), or null for none
 * @param predictionTarget    what the prediction is measured against; null iff no question
 * @param pool                where the questions come from
 * @param askIdNumber         whether registration asks for the citizen ID number (số căn cước)
 * @param winnersPerRound     prizes per round (số giải mỗi đợt)
 * @param practicePool        where practice attempts come from (bộ đề thi thử); empty: from the ranked
 *                            pool, with answers shown only after the last round (see {@link PracticeRule})
 * @param retentionDays       days after the last round closes that contestants' personal data is kept
 */
public record ContestSettings(int questionsPerAttempt, int timeLimitSeconds, int attemptsPerRound,
                              boolean practiceEnabled, RevealPolicy reveal, int pointsPerQuestion,
                              String predictionQuestion, PredictionTarget predictionTarget, QuestionPool pool,
                              boolean askIdNumber, int winnersPerRound, QuestionPool practicePool,
                              Integer retentionDays) {
  public static final String DEFAULT_PREDICTION =
      "Theo bạn, có bao nhiêu người trả lời đúng tất cả các câu hỏi của đợt thi này?";
  public static final int MAX_PREDICTION_LENGTH = 500;
  public static final int MAX_ARTICLES = 50;

  public ContestSettings {
    pool = pool == null ? QuestionPool.empty() : pool;
    practicePool = practicePool == null ? QuestionPool.empty() : practicePool;
    retentionDays = retentionDays == null ? Retention.DEFAULT_DAYS : retentionDays;
  }

  public static ContestSettings defaults() {
    return new ContestSettings(20, 900, 1, true, RevealPolicy.AFTER_ROUND_CLOSE, 10, DEFAULT_PREDICTION,
        PredictionTarget.PERFECT_SCORES, QuestionPool.empty(), false, 10, QuestionPool.empty(), Retention.DEFAULT_DAYS);
  }

  /** The score of an attempt with every answer right. */
  public int maxScore() {
    return questionsPerAttempt * pointsPerQuestion;
  }

  /** Every broken rule, with Vietnamese messages for the organiser; empty when the settings are usable. */
  public List<Violation> check() {
    List<Violation> v = new ArrayList<>();
    range(v, "questionsPerAttempt", questionsPerAttempt, 1, 100, "Số câu hỏi mỗi lượt thi");
    range(v, "timeLimitSeconds", timeLimitSeconds, 60, 7200, "Thời gian làm bài (giây)");
    range(v, "attemptsPerRound", attemptsPerRound, 1, 10, "Số lượt thi mỗi đợt");
    range(v, "pointsPerQuestion", pointsPerQuestion, 1, 100, "Số điểm mỗi câu");
    range(v, "winnersPerRound", winnersPerRound, 0, 1000, "Số giải mỗi đợt");
    range(v, "retentionDays", retentionDays, Retention.MIN_DAYS, Retention.MAX_DAYS,
        "Thời hạn lưu dữ liệu cá nhân (ngày)");
    if (reveal == null) {
      v.add(new Violation("reveal", "Cần chọn thời điểm công bố đáp án."));
    }
    boolean hasText = predictionQuestion != null && !predictionQuestion.isBlank();
    if (hasText && predictionQuestion.codePointCount(0, predictionQuestion.length()) > MAX_PREDICTION_LENGTH) {
      v.add(new Violation("predictionQuestion",
          "Câu hỏi dự đoán không được dài quá " + MAX_PREDICTION_LENGTH + " ký tự."));
    }
    if (hasText && predictionTarget == null) {
      v.add(new Violation("predictionTarget", "Cần chọn đại lượng mà câu hỏi dự đoán hướng tới."));
    }
    if (!hasText && predictionTarget != null) {
      v.add(new Violation("predictionQuestion", "Cần nhập nội dung câu hỏi dự đoán."));
    }
    checkQuotas(v, pool, "pool");
    checkQuotas(v, practicePool, "practicePool");
    return v;
  }

  /** The same settings drawing ranked attempts from another pool. */
  public ContestSettings withPool(QuestionPool other) {
    return new ContestSettings(questionsPerAttempt, timeLimitSeconds, attemptsPerRound, practiceEnabled, reveal,
        pointsPerQuestion, predictionQuestion, predictionTarget, other, askIdNumber, winnersPerRound, practicePool,
        retentionDays);
  }

  /** Every set either pool draws from. */
  public List<Long> allSetIds() {
    return java.util.stream.Stream.concat(pool.setIds().stream(), practicePool.setIds().stream()).distinct().toList();
  }

  private void checkQuotas(List<Violation> v, QuestionPool pool, String name) {
    if (pool.articles().size() > MAX_ARTICLES) {
      v.add(new Violation(name + ".articles", "Chọn tối đa " + MAX_ARTICLES + " điều luật."));
    }
    for (int i = 0; i < pool.articles().size(); i++) {
      CitedArticle a = pool.articles().get(i);
      if (a.article() < 1 || a.document().length() > 60) {
        v.add(new Violation(name + ".articles[" + i + "]", "Điều luật " + (i + 1)
            + " cần số hiệu văn bản (tối đa 60 ký tự) và số điều từ 1 trở lên."));
      }
    }
    long total = 0;
    for (int i = 0; i < pool.quotas().size(); i++) {
      Quota q = pool.quotas().get(i);
      String f = name + ".quotas[" + i + "]";
      if (q == null) {
        v.add(new Violation(f, "Hạn mức " + (i + 1) + " bị trống."));
        continue;
      }
      if (q.count() < 1) {
        v.add(new Violation(f + ".count", "Hạn mức " + (i + 1) + " phải cần ít nhất 1 câu."));
      }
      if (q.difficulty() != null && (q.difficulty() < 1 || q.difficulty() > 3)) {
        v.add(new Violation(f + ".difficulty", "Mức độ của hạn mức " + (i + 1) + " phải từ 1 đến 3."));
      }
      if (q.tag() == null && q.difficulty() == null) {
        v.add(new Violation(f, "Hạn mức " + (i + 1) + " cần có chủ đề hoặc mức độ."));
      }
      total += Math.max(0, q.count());
    }
    if (total > questionsPerAttempt) {
      v.add(new Violation(name + ".quotas", "Tổng số câu của các hạn mức (" + total
          + ") vượt quá số câu hỏi mỗi lượt thi (" + questionsPerAttempt + ")."));
    }
  }

  private static void range(List<Violation> v, String field, int value, int min, int max, String label) {
    if (value < min || value > max) {
      v.add(new Violation(field, label + " phải từ " + min + " đến " + max + "."));
    }
  }
}
