package vn.luatvui.server.org;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The people of organisations in PostgreSQL: managers, staff accounts and members who joined. */
final class PeopleStore {
  /** An account as shown next to a node. */
  record Account(long userId, String email, String displayName) {
  }

  /** A member who joined with the invite code: a name only. */
  record Member(long id, long orgId, String orgName, String name, OffsetDateTime joinedAt) {
  }

  /** The unit an invite code opens. */
  record Invited(long orgId, String orgName, String kindLabel) {
  }

  private final Pool pool;

  PeopleStore(Pool pool) {
    this.pool = pool;
  }

  Future<List<Account>> managers(long orgId) {
    return pool.preparedQuery("SELECT u.id, u.email, u.display_name FROM org_manager m JOIN app_user u "
        + "ON u.id = m.user_id WHERE m.org_id = $1 ORDER BY u.display_name").execute(Tuple.of(orgId))
        .map(rows -> list(rows, PeopleStore::account));
  }

  Future<Void> grant(long orgId, long userId, long by) {
    return pool.preparedQuery("INSERT INTO org_manager (org_id, user_id, granted_by) VALUES ($1, $2, $3) "
        + "ON CONFLICT DO NOTHING").execute(Tuple.of(orgId, userId, by)).mapEmpty();
  }

  Future<Void> revoke(long orgId, long userId) {
    return pool.preparedQuery("DELETE FROM org_manager WHERE org_id = $1 AND user_id = $2")
        .execute(Tuple.of(orgId, userId)).mapEmpty();
  }

  Future<List<Account>> staff(long orgId) {
    return pool.preparedQuery("SELECT u.id, u.email, u.display_name FROM org_staff s JOIN app_user u "
        + "ON u.id = s.user_id WHERE s.org_id = $1 ORDER BY u.display_name").execute(Tuple.of(orgId))
        .map(rows -> list(rows, PeopleStore::account));
  }

  /** The organisation the account belongs to now, or null. */
  Future<Long> staffOrg(long userId) {
    return pool.preparedQuery("SELECT org_id FROM org_staff WHERE user_id = $1").execute(Tuple.of(userId))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
  }

  Future<Void> setStaff(long userId, long orgId, long by) {
    return pool.preparedQuery("INSERT INTO org_staff (user_id, org_id, set_by) VALUES ($1, $2, $3) "
            + "ON CONFLICT (user_id) DO UPDATE SET org_id = excluded.org_id, set_by = excluded.set_by, set_at = now()")
        .execute(Tuple.of(userId, orgId, by)).mapEmpty();
  }

  Future<List<Member>> members(long orgId) {
    return pool.preparedQuery("SELECT m.id, m.org_id, u.name, m.name, m.joined_at FROM org_member m "
        + "JOIN org_unit u ON u.id = m.org_id WHERE m.org_id = $1 ORDER BY m.joined_at, m.id")
        .execute(Tuple.of(orgId)).map(rows -> list(rows, PeopleStore::member));
  }

  Future<Invited> invited(String inviteCode) {
    return pool.preparedQuery("SELECT id, name, kind FROM org_unit WHERE invite_code = $1").execute(Tuple.of(inviteCode))
        .map(rows -> rows.size() == 0 ? null : invited(rows.iterator().next()));
  }

  Future<Member> join(long orgId, String name, Buffer codeHash) {
    return pool.preparedQuery("WITH m AS (INSERT INTO org_member (org_id, name, code_hash) VALUES ($1, $2, $3) "
            + "RETURNING id, org_id, name, joined_at) SELECT m.id, m.org_id, u.name, m.name, m.joined_at FROM m "
            + "JOIN org_unit u ON u.id = m.org_id").execute(Tuple.of(orgId, name, codeHash))
        .map(rows -> member(rows.iterator().next()));
  }

  Future<Member> memberByCode(Buffer codeHash) {
    return pool.preparedQuery("SELECT m.id, m.org_id, u.name, m.name, m.joined_at FROM org_member m "
            + "JOIN org_unit u ON u.id = m.org_id WHERE m.code_hash = $1").execute(Tuple.of(codeHash))
        .map(rows -> rows.size() == 0 ? null : member(rows.iterator().next()));
  }

  private static Invited invited(Row r) {
    return new Invited(r.getLong(0), r.getString(1),
        vn.luatvui.server.org.domain.OrgKind.valueOf(r.getString(2)).label());
  }

  private static Account account(Row r) {
    return new Account(r.getLong(0), r.getString(1), r.getString(2));
  }

  private static Member member(Row r) {
    return new Member(r.getLong(0), r.getLong(1), r.getString(2), r.getString(3), r.getOffsetDateTime(4));
  }

  private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> read) {
    List<T> list = new ArrayList<>();
    rows.forEach(r -> list.add(read.apply(r)));
    return list;
  }
}
