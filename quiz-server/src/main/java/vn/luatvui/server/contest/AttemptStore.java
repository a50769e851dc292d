package vn.luatvui.server.contest;

import static vn.luatvui.server.contest.ContestStore.at;
import static vn.luatvui.server.contest.ContestStore.instant;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.server.contest.domain.AttemptScore;
import vn.luatvui.server.contest.domain.AttemptWindow;
import vn.luatvui.server.contest.domain.DrawnQuestion;
import vn.luatvui.server.contest.domain.QuestionResult;
import vn.luatvui.server.judging.AnswerPayload;
import vn.luatvui.server.json.Jsons;

/** Attempts and their answers in PostgreSQL; every write checks the owner's code and the clock in the same statement. */
public final class AttemptStore {
  private static final TypeReference<List<DrawnQuestion>> DRAWN = new TypeReference<>() {
  };
  private static final String SELECT = "SELECT id, contest_id, round_number, contestant_id, practice, questions::text, "
      + "started_at, deadline, prediction, submitted_at, auto_submitted, score, correct, duration_ms FROM contest_attempt ";
  /** Whoever holds the contestant's code, while the attempt is open and its time (plus grace) not over. */
  private static final String WRITABLE = "id = $1 AND submitted_at IS NULL AND $3 <= deadline + interval '"
      + AttemptWindow.GRACE.toSeconds() + " seconds' AND contestant_id IN (SELECT id FROM contestant WHERE code_hash = ANY($2))";

  private final Pool pool;

  public AttemptStore(Pool pool) {
    this.pool = pool;
  }

  public Future<Long> insert(SqlClient tx, long contestId, Integer round, long contestantId, boolean practice,
                             List<DrawnQuestion> drawn, AttemptWindow window) {
    return tx.preparedQuery("INSERT INTO contest_attempt (contest_id, round_number, contestant_id, practice, questions, "
            + "question_count, started_at, deadline) VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8) RETURNING id")
        .execute(Tuple.tuple(java.util.Arrays.asList(contestId, round, contestantId, practice, Jsons.write(drawn),
            drawn.size(), at(window.startedAt()), at(window.deadline()))))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  public Future<Attempt> find(SqlClient client, long id) {
    return client.preparedQuery(SELECT + "WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : attempt(rows.iterator().next()));
  }

  /** The attempt, locked for the rest of the transaction (submission). */
  public Future<Attempt> lock(SqlClient tx, long id) {
    return tx.preparedQuery(SELECT + "WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : attempt(rows.iterator().next()));
  }

  public Future<Attempt> inProgress(long contestantId) {
    return pool.preparedQuery(SELECT + "WHERE contestant_id = $1 AND submitted_at IS NULL").execute(Tuple.of(contestantId))
        .map(rows -> rows.size() == 0 ? null : attempt(rows.iterator().next()));
  }

  public Future<List<Attempt>> ofContestant(long contestantId) {
    return pool.preparedQuery(SELECT + "WHERE contestant_id = $1 ORDER BY id").execute(Tuple.of(contestantId))
        .map(rows -> {
          List<Attempt> list = new ArrayList<>();
          rows.forEach(r -> list.add(attempt(r)));
          return list;
        });
  }

  public Future<Long> rankedInRound(SqlClient client, long contestantId, int round) {
    return client.preparedQuery("SELECT count(*) FROM contest_attempt WHERE contestant_id = $1 AND round_number = $2 "
            + "AND NOT practice").execute(Tuple.of(contestantId, round))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** Open attempts whose time (plus grace) ran out before {@code now}: they are to be submitted automatically. */
  public Future<List<Long>> expired(Instant now, int limit) {
    return pool.preparedQuery("SELECT id FROM contest_attempt WHERE submitted_at IS NULL AND deadline < $1 "
            + "ORDER BY deadline LIMIT $2")
        .execute(Tuple.of(at(now.minus(AttemptWindow.GRACE)), limit))
        .map(rows -> {
          List<Long> ids = new ArrayList<>();
          rows.forEach(r -> ids.add(r.getLong(0)));
          return ids;
        });
  }

  public Future<List<Long>> openInRound(SqlClient client, long contestId, int round) {
    return client.preparedQuery("SELECT id FROM contest_attempt WHERE contest_id = $1 AND round_number = $2 "
            + "AND submitted_at IS NULL").execute(Tuple.of(contestId, round))
        .map(rows -> {
          List<Long> ids = new ArrayList<>();
          rows.forEach(r -> ids.add(r.getLong(0)));
          return ids;
        });
  }

  /** Answers by position, as the contestant gave them (shown positions). */
  public Future<Map<Integer, AnswerPayload>> answers(SqlClient client, long attemptId) {
    return client.preparedQuery("SELECT position, answer::text FROM contest_answer WHERE attempt_id = $1")
        .execute(Tuple.of(attemptId)).map(rows -> {
          Map<Integer, AnswerPayload> answers = new HashMap<>();
          rows.forEach(r -> answers.put(r.getInteger(0), Jsons.read(r.getString(1), AnswerPayload.class)));
          return answers;
        });
  }

  public Future<Boolean> savePrediction(long attemptId, List<Buffer> codes, long value, Instant now) {
    return pool.preparedQuery("UPDATE contest_attempt SET prediction = $4 WHERE " + WRITABLE)
        .execute(Tuple.of(attemptId, codes.toArray(Buffer[]::new), at(now), value))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Whether the code belongs to the attempt's contestant. */
  public Future<Boolean> owns(long attemptId, List<Buffer> codes) {
    return pool.preparedQuery("SELECT 1 FROM contest_attempt a JOIN contestant c ON c.id = a.contestant_id "
            + "WHERE a.id = $1 AND c.code_hash = ANY($2)").execute(Tuple.of(attemptId, (Object) codes.toArray(Buffer[]::new)))
        .map(rows -> rows.size() > 0);
  }

  public Future<Void> markSubmitted(SqlClient tx, Attempt attempt, Instant submittedAt, boolean auto, AttemptScore score,
                                    long durationMs) {
    List<Tuple> judged = new ArrayList<>();
    for (QuestionResult q : score.questions()) {
      if (q.answered()) {
        judged.add(Tuple.of(attempt.id(), q.position(), q.correct(), q.points()));
      }
    }
    Future<Void> answers = judged.isEmpty() ? Future.succeededFuture()
        : tx.preparedQuery("UPDATE contest_answer SET correct = $3, points = $4 WHERE attempt_id = $1 AND position = $2")
            .executeBatch(judged).mapEmpty();
    return answers.compose(x -> tx.preparedQuery("UPDATE contest_attempt SET submitted_at = $2, auto_submitted = $3, "
            + "score = $4, correct = $5, duration_ms = $6 WHERE id = $1")
        .execute(Tuple.of(attempt.id(), at(submittedAt), auto, score.score(), score.correct(), durationMs))).mapEmpty();
  }

  private static Attempt attempt(Row r) {
    return new Attempt(r.getLong(0), r.getLong(1), r.getInteger(2), r.getLong(3), r.getBoolean(4),
        read(r.getString(5)), instant(r, 6), instant(r, 7), r.getLong(8), instant(r, 9), r.getBoolean(10),
        r.getInteger(11), r.getInteger(12), r.getLong(13));
  }

  private static List<DrawnQuestion> read(String json) {
    try {
      return Jsons.MAPPER.readValue(json, DRAWN);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Stored attempt questions do not read", e);
    }
  }
}
