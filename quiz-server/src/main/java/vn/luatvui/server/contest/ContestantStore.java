package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import io.vertx.sqlclient.SqlClient;
import vn.luatvui.server.contest.domain.ContestRefused;
import vn.luatvui.server.contest.domain.RegistrationForm;

/** Contestants in PostgreSQL; the access code is kept only as a hash. */
public final class ContestantStore {
  private static final String SELECT = "SELECT c.id, c.contest_id, c.full_name, c.birth_date, c.unit_id, u.name "
      + "FROM contestant c JOIN contest_unit u ON u.id = c.unit_id ";

  private final Pool pool;

  public ContestantStore(Pool pool) {
    this.pool = pool;
  }

  /**
   * Registers the person with what they consented to ({@code consent}: JSON). A second registration of the
   * same person in the same unit (same name skeleton and date of birth) is a 409 that says so; one that
   * matches another registration's phone, email or ID number is a 409 that does not say which detail
   * matched, so that the refusal does not confirm someone's phone number or email.
   */
  public Future<Contestant> register(long contestId, RegistrationForm form, Buffer codeHash, String consent) {
    return pool.preparedQuery("INSERT INTO contestant (contest_id, unit_id, full_name, name_key, name_skeleton, birth_date, "
            + "phone, email, id_number, code_hash, consented_at, consent) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11::text::jsonb) RETURNING id")
        .execute(Tuple.tuple(java.util.Arrays.asList(contestId, form.unitId(), form.fullName(), form.nameKey(),
            form.nameSkeleton(), form.birthDate(), form.phone(), form.email(), form.idNumber(), codeHash, consent)))
        .recover(ContestantStore::duplicate)
        .compose(rows -> find(contestId, rows.iterator().next().getLong(0)));
  }

  private static <T> Future<T> duplicate(Throwable e) {
    if (e instanceof PgException pg && "23505".equals(pg.getSqlState())) {
      String constraint = pg.getConstraint() == null ? "" : pg.getConstraint();
      boolean samePerson = constraint.contains("same_person") || constraint.contains("name_key");
      return Future.failedFuture(new ContestRefused(ContestRefused.Reason.DUPLICATE_REGISTRATION, samePerson
          ? "Đã có người cùng họ tên, ngày sinh và đơn vị đăng ký cuộc thi này. Nếu đó là bạn, hãy đăng nhập bằng mã "
              + "dự thi đã nhận."
          : "Không hoàn tất được đăng ký với các thông tin này. Nếu bạn đã đăng ký trước đây, hãy đăng nhập bằng mã dự "
              + "thi đã nhận; nếu mất mã, hãy liên hệ ban tổ chức để được cấp lại."));
    }
    return Future.failedFuture(e);
  }

  /** Everything kept about the contestant, as they may download it (JSON text), or null once erased. */
  public Future<String> personalData(long contestId, long id) {
    return pool.preparedQuery("SELECT json_build_object('contestId', c.contest_id, 'contestant', c.id, "
            + "'fullName', c.full_name, 'birthDate', c.birth_date, 'unit', u.name, 'phone', c.phone, 'email', c.email, "
            + "'idNumber', c.id_number, 'registeredAt', c.created_at, 'consentedAt', c.consented_at, 'consent', c.consent, "
            + "'linkedTo', CASE WHEN c.user_id IS NOT NULL THEN 'account' WHEN c.member_id IS NOT NULL THEN 'member' END, "
            + "'attempts', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'round', a.round_number, "
            + "'practice', a.practice, 'startedAt', a.started_at, 'submittedAt', a.submitted_at, 'score', a.score, "
            + "'correct', a.correct, 'durationMs', a.duration_ms, 'prediction', a.prediction, "
            + "'answers', (SELECT coalesce(json_agg(json_build_object('position', x.position, 'answer', x.answer, "
            + "'answeredAt', x.answered_at) ORDER BY x.position), '[]') FROM contest_answer x WHERE x.attempt_id = a.id)) "
            + "ORDER BY a.id), '[]') FROM contest_attempt a WHERE a.contestant_id = c.id), "
            + "'results', (SELECT coalesce(json_agg(json_build_object('round', e.round_number, 'score', e.score, "
            + "'finalRank', e.final_rank) ORDER BY e.round_number), '[]') FROM contest_entry e WHERE e.contestant_id = c.id)"
            + ")::text FROM contestant c JOIN contest_unit u ON u.id = c.unit_id "
            + "WHERE c.contest_id = $1 AND c.id = $2 AND c.erased_at IS NULL").execute(Tuple.of(contestId, id))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
  }

  /**
   * Erases the personal fields of the contestants (name, date of birth, contacts, ID number, consent, the
   * access code): their results stay, anonymised. Returns the ids erased now.
   */
  public Future<List<Long>> erase(SqlClient client, String where, Tuple args) {
    return client.preparedQuery("UPDATE contestant SET full_name = NULL, name_key = NULL, name_skeleton = NULL, "
            + "birth_date = NULL, phone = NULL, email = NULL, id_number = NULL, code_hash = NULL, consent = NULL, "
            + "user_id = NULL, member_id = NULL, erased_at = now() WHERE erased_at IS NULL AND " + where + " RETURNING id")
        .execute(args).map(rows -> {
          List<Long> ids = new java.util.ArrayList<>();
          rows.forEach(r -> ids.add(r.getLong(0)));
          return ids;
        });
  }

  public Future<Contestant> find(long contestId, long id) {
    return pool.preparedQuery(SELECT + "WHERE c.contest_id = $1 AND c.id = $2").execute(Tuple.of(contestId, id))
        .map(rows -> rows.size() == 0 ? null : contestant(rows.iterator().next()));
  }

  /** The contestant of this contest holding one of the codes (by hash), or null. */
  public Future<Contestant> byCode(long contestId, List<Buffer> hashes) {
    if (hashes.isEmpty()) {
      return Future.succeededFuture(null);
    }
    return pool.preparedQuery(SELECT + "WHERE c.contest_id = $1 AND c.code_hash = ANY($2)")
        .execute(Tuple.of(contestId, (Object) hashes.toArray(Buffer[]::new)))
        .map(rows -> rows.size() == 0 ? null : contestant(rows.iterator().next()));
  }

  private static Contestant contestant(Row r) {
    return new Contestant(r.getLong(0), r.getLong(1), r.getString(2), r.getLocalDate(3), r.getLong(4), r.getString(5));
  }
}
