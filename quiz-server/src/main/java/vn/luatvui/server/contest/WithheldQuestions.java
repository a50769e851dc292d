package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;

/**
 * The questions the public lookup must not show while a contest runs: its ranked pool as published, and
 * every question an attempt drew (a question approved into the pool later is caught at its first draw).
 * Kept in PostgreSQL, shared by every server; the lookup leaves a question out while any round of a
 * contest holding it is not closed, so nothing has to be released when the last round closes
 * ({@code QuestionStore} holds the lookup's condition).
 */
public final class WithheldQuestions {
  private WithheldQuestions() {
  }

  /** Adds the questions to the contest's withheld ones. */
  public static Future<Void> withhold(SqlClient client, long contestId, Collection<Long> questionIds) {
    if (questionIds.isEmpty()) {
      return Future.succeededFuture();
    }
    return client.preparedQuery("INSERT INTO contest_withheld_question (question_id, contest_id) "
            + "SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING")
        .execute(Tuple.of(questionIds.toArray(Long[]::new), contestId)).mapEmpty();
  }
}
