package vn.luatvui.server.contest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.server.contest.domain.Candidate;
import vn.luatvui.server.contest.domain.CitedArticle;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.contest.domain.PracticeRule;
import vn.luatvui.server.contest.domain.DrawnQuestion;
import vn.luatvui.server.contest.domain.QuestionPool;
import vn.luatvui.server.json.Jsons;

/**
 * Where attempts get their questions: the candidates of a pool (approved, not flagged for review,
 * citing no law that has ended, never a poll; no public one when the pool excludes them), cached for a minute per pool and checked again at
 * each draw, and the content of the exact versions an attempt drew, cached by (question, version) —
 * a version never changes.
 */
public final class QuestionSource {
  private static final Duration POOL_TTL = Duration.ofMinutes(1);

  private record Key(long questionId, int version) {
  }

  private final Pool pool;
  private final Cache<QuestionPool, List<Candidate>> candidates = Caffeine.newBuilder()
      .expireAfterWrite(POOL_TTL).maximumSize(1_000).build();
  private final Cache<Key, QuestionContent> contents = Caffeine.newBuilder().maximumSize(50_000).build();

  public QuestionSource(Pool pool) {
    this.pool = pool;
  }

  /** The questions the pool may draw from today (Vietnam's calendar day decides whether a law is in force). */
  public Future<List<Candidate>> candidates(QuestionPool questionPool, LocalDate today) {
    List<Candidate> cached = candidates.getIfPresent(questionPool);
    if (cached != null) {
      return Future.succeededFuture(cached);
    }
    return pool.preparedQuery("SELECT q.id, q.version, q.type, q.difficulty, q.tags, "
            + "coalesce(jsonb_array_length(v.content->'choices'), 0) FROM question q "
            + "JOIN question_version v ON v.question_id = q.id AND v.version = q.version "
            + "WHERE q.status = 'APPROVED' AND NOT q.needs_review AND q.type <> 'POLL' "
            + "AND (cardinality($1::bigint[]) = 0 OR q.id IN (SELECT question_id FROM question_set_item WHERE set_id = ANY($1))) "
            + "AND (cardinality($2::text[]) = 0 OR q.tags && $2) AND (NOT $4 OR q.visibility <> 'PUBLIC') "
            + "AND (cardinality($5::text[]) = 0 OR EXISTS (SELECT 1 FROM question_citation a WHERE a.question_id = q.id "
            + "AND (a.document_number, a.article) IN (SELECT * FROM unnest($5::text[], $6::int[])))) "
            + "AND NOT EXISTS (SELECT 1 FROM question_citation c JOIN legal_document d ON d.number = c.document_number "
            + "WHERE c.question_id = q.id AND d.effective_to < $3) ORDER BY q.id")
        .execute(Tuple.of(questionPool.setIds().toArray(Long[]::new), questionPool.tags().toArray(String[]::new), today,
            questionPool.excludePublic(), questionPool.articles().stream().map(CitedArticle::document).toArray(String[]::new),
            questionPool.articles().stream().map(CitedArticle::article).toArray(Integer[]::new)))
        .map(rows -> {
          List<Candidate> list = new ArrayList<>(rows.size());
          rows.forEach(r -> list.add(new Candidate(r.getLong(0), r.getInteger(1), QuestionType.valueOf(r.getString(2)),
              r.getInteger(5), Arrays.asList(r.getArrayOfStrings(4)), r.getInteger(3))));
          List<Candidate> found = List.copyOf(list);
          candidates.put(questionPool, found);
          return found;
        });
  }

  /**
   * What a practice attempt draws from under the contest's {@link PracticeRule}: the ranked pool itself
   * (its answers then wait for the last round), or the practice pool less every question of the ranked pool.
   */
  public Future<List<Candidate>> practiceCandidates(ContestSettings settings, LocalDate today) {
    if (PracticeRule.of(settings) == PracticeRule.REVEAL_AFTER_LAST_ROUND) {
      return candidates(settings.pool(), today);
    }
    return candidates(settings.pool(), today).compose(ranked -> candidates(settings.practicePool(), today).map(practice -> {
      java.util.Set<Long> rankedIds = new java.util.HashSet<>();
      ranked.forEach(c -> rankedIds.add(c.questionId()));
      return practice.stream().filter(c -> !rankedIds.contains(c.questionId())).toList();
    }));
  }

  /**
   * Whether every drawn question may still be drawn today. Candidates are cached for a minute; this one
   * indexed look-up at each draw makes sure that a question flagged for review, or citing a law that
   * has ended, in that minute is never drawn. When one is found the pool is read again.
   */
  public Future<Boolean> stillDrawable(QuestionPool questionPool, List<DrawnQuestion> drawn, LocalDate today) {
    Long[] ids = drawn.stream().map(DrawnQuestion::questionId).toArray(Long[]::new);
    return pool.preparedQuery("SELECT count(*) FROM question q WHERE q.id = ANY($1) AND (q.status <> 'APPROVED' "
            + "OR q.needs_review OR EXISTS (SELECT 1 FROM question_citation c JOIN legal_document d "
            + "ON d.number = c.document_number WHERE c.question_id = q.id AND d.effective_to < $2))")
        .execute(Tuple.of(ids, today))
        .map(rows -> {
          boolean fine = rows.iterator().next().getLong(0) == 0;
          if (!fine) {
            candidates.invalidate(questionPool);
          }
          return fine;
        });
  }

  /** The content of each drawn question at the version drawn, in the same order. */
  public Future<List<QuestionContent>> contents(List<DrawnQuestion> drawn) {
    Map<Key, QuestionContent> found = new HashMap<>();
    List<Key> missing = new ArrayList<>();
    for (DrawnQuestion d : drawn) {
      Key key = new Key(d.questionId(), d.version());
      QuestionContent content = contents.getIfPresent(key);
      if (content == null) {
        missing.add(key);
      } else {
        found.put(key, content);
      }
    }
    Future<Void> loaded = missing.isEmpty() ? Future.succeededFuture() : pool.preparedQuery(
            "SELECT question_id, version, content::text FROM question_version WHERE (question_id, version) IN "
                + "(SELECT * FROM unnest($1::bigint[], $2::int[]))")
        .execute(Tuple.tuple().addValue(missing.stream().map(Key::questionId).toArray(Long[]::new))
            .addValue(missing.stream().map(Key::version).toArray(Integer[]::new)))
        .map(rows -> {
          rows.forEach(r -> {
            Key key = new Key(r.getLong(0), r.getInteger(1));
            QuestionContent content = Jsons.read(r.getString(2), QuestionContent.class);
            contents.put(key, content);
            found.put(key, content);
          });
          return null;
        });
    return loaded.map(x -> drawn.stream().map(d -> {
      QuestionContent content = found.get(new Key(d.questionId(), d.version()));
      if (content == null) {
        throw new IllegalStateException("Question " + d.questionId() + " version " + d.version() + " is missing");
      }
      return content;
    }).toList());
  }
}
