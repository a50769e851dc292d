package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import vn.luatvui.server.contest.domain.RegistrationForm;
import vn.luatvui.server.http.ApiException;

/** Contestants in PostgreSQL; the access code is kept only as a hash. */
public final class ContestantStore {
  private static final String SELECT = "SELECT c.id, c.contest_id, c.full_name, c.birth_date, c.unit_id, u.name "
      + "FROM contestant c JOIN contest_unit u ON u.id = c.unit_id ";

  private final Pool pool;

  public ContestantStore(Pool pool) {
    this.pool = pool;
  }

  /** Registers the person; a second registration of the same person is a 409 that says what matched. */
  public Future<Contestant> register(long contestId, RegistrationForm form, Buffer codeHash) {
    return pool.preparedQuery("INSERT INTO contestant (contest_id, unit_id, full_name, name_key, birth_date, phone, "
            + "email, id_number, code_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
        .execute(Tuple.tuple(java.util.Arrays.asList(contestId, form.unitId(), form.fullName(), form.nameKey(), form.birthDate(),
            form.phone(), form.email(), form.idNumber(), codeHash)))
        .recover(ContestantStore::duplicate)
        .compose(rows -> find(contestId, rows.iterator().next().getLong(0)));
  }

  private static <T> Future<T> duplicate(Throwable e) {
    if (e instanceof PgException pg && "23505".equals(pg.getSqlState())) {
      String constraint = pg.getConstraint() == null ? "" : pg.getConstraint();
      String message;
      if (constraint.contains("phone")) {
        message = "Số điện thoại này đã được dùng để đăng ký cuộc thi.";
      } else if (constraint.contains("email")) {
        message = "Địa chỉ email này đã được dùng để đăng ký cuộc thi.";
      } else if (constraint.contains("id_number")) {
        message = "Số căn cước này đã được dùng để đăng ký cuộc thi.";
      } else {
        message = "Đã có người cùng họ tên, ngày sinh và đơn vị đăng ký cuộc thi này. Nếu đó là bạn, hãy đăng nhập "
            + "bằng mã dự thi đã nhận.";
      }
      return Future.failedFuture(new ApiException(409, "duplicate_registration", message));
    }
    return Future.failedFuture(e);
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
