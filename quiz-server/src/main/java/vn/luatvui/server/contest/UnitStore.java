package vn.luatvui.server.contest;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.contest.domain.Unit;
import vn.luatvui.server.contest.domain.UnitRow;

/** The units taking part in a contest (đơn vị dự thi), a tree kept by code. */
public final class UnitStore {
  private final Pool pool;

  public UnitStore(Pool pool) {
    this.pool = pool;
  }

  public Future<List<Unit>> list(SqlClient client, long contestId) {
    return client.preparedQuery("SELECT id, parent_id, code, name, members FROM contest_unit WHERE contest_id = $1 "
            + "ORDER BY code").execute(Tuple.of(contestId))
        .map(rows -> {
          List<Unit> units = new ArrayList<>();
          rows.forEach(r -> units.add(new Unit(r.getLong(0), r.getLong(1), r.getString(2), r.getString(3),
              r.getInteger(4))));
          return units;
        });
  }

  public Future<Unit> find(long contestId, long unitId) {
    return pool.preparedQuery("SELECT id, parent_id, code, name, members FROM contest_unit WHERE contest_id = $1 AND id = $2")
        .execute(Tuple.of(contestId, unitId))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next())
        .map(r -> r == null ? null : new Unit(r.getLong(0), r.getLong(1), r.getString(2), r.getString(3), r.getInteger(4)));
  }

  /**
   * Makes the contest's units exactly {@code rows}, matched by code: new ones added, existing ones
   * renamed, resized and re-parented, missing ones removed (the database refuses if contestants belong
   * to one). Checked rows only (no cycles, known parents).
   */
  public Future<Void> replace(SqlClient tx, long contestId, List<UnitRow> rows) {
    String[] codes = rows.stream().map(UnitRow::code).toArray(String[]::new);
    String[] names = rows.stream().map(UnitRow::name).toArray(String[]::new);
    Integer[] members = rows.stream().map(UnitRow::members).toArray(Integer[]::new);
    String[] parents = rows.stream().map(UnitRow::parentCode).toArray(String[]::new);
    return tx.preparedQuery("UPDATE contest_unit SET parent_id = NULL WHERE contest_id = $1").execute(Tuple.of(contestId))
        .compose(x -> tx.preparedQuery("DELETE FROM contest_unit WHERE contest_id = $1 AND code <> ALL($2)")
            .execute(Tuple.of(contestId, (Object) codes)))
        .compose(x -> tx.preparedQuery("INSERT INTO contest_unit (contest_id, code, name, members) "
                + "SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[]) "
                + "ON CONFLICT (contest_id, code) DO UPDATE SET name = excluded.name, members = excluded.members")
            .execute(Tuple.of(contestId, codes, names, members)))
        .compose(x -> tx.preparedQuery("UPDATE contest_unit u SET parent_id = p.id "
                + "FROM unnest($2::text[], $3::text[]) AS x(code, parent) JOIN contest_unit p ON p.contest_id = $1 "
                + "AND p.code = x.parent WHERE u.contest_id = $1 AND u.code = x.code")
            .execute(Tuple.of(contestId, codes, parents)))
        .mapEmpty();
  }

  /** What each level of the tree is called, top first (Tỉnh đoàn, Huyện đoàn, Chi đoàn…); empty when not named. */
  public Future<List<String>> levels(SqlClient client, long contestId) {
    return client.preparedQuery("SELECT unit_levels FROM contest WHERE id = $1").execute(Tuple.of(contestId))
        .map(rows -> rows.size() == 0 ? List.of() : List.of(rows.iterator().next().getArrayOfStrings(0)));
  }

  public Future<Void> saveLevels(SqlClient tx, long contestId, List<String> levels) {
    return tx.preparedQuery("UPDATE contest SET unit_levels = $2 WHERE id = $1")
        .execute(Tuple.tuple().addValue(contestId).addValue(levels.toArray(String[]::new))).mapEmpty();
  }
}
