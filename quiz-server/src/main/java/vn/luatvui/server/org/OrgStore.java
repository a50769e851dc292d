package vn.luatvui.server.org;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.luatvui.server.org.domain.OrgKind;
import vn.luatvui.server.org.domain.OrgRow;
import vn.luatvui.server.org.domain.OrgScope;
import vn.luatvui.server.org.domain.Settlement;

/** The organisation tree in PostgreSQL: nodes, the closure table of ancestors, and grants. */
final class OrgStore {
  /** The shape of the tree: each node's parent, by id and by code. */
  record Shape(Map<Long, Long> parentById, Map<String, String> parentByCode, Map<String, Long> idByCode) {
  }

  /** Tree changes wait for each other, so that the closure and the cycle checks see one tree. */
  Future<Void> lock(SqlClient tx) {
    return tx.query("SELECT pg_advisory_xact_lock(hashtext('org_tree'))").execute().mapEmpty();
  }

  Future<List<OrgNode>> nodes(SqlClient client, OrgScope scope) {
    Long[] roots = scope.roots().toArray(Long[]::new);
    return client.preparedQuery("SELECT u.id, u.code, u.name, u.kind, u.parent_id, u.settlement, u.population, "
            + "u.invite_code, (SELECT count(*) FROM org_member m WHERE m.org_id = u.id), "
            + "(SELECT count(*) FROM org_closure c JOIN org_member m ON m.org_id = c.descendant_id "
            + "WHERE c.ancestor_id = u.id), (SELECT count(*) FROM org_staff s WHERE s.org_id = u.id) "
            + "FROM org_unit u WHERE $1 OR u.id IN (SELECT c.descendant_id FROM org_closure c "
            + "WHERE c.ancestor_id = ANY($2)) ORDER BY u.code")
        .execute(Tuple.of(scope.everything(), (Object) roots))
        .map(rows -> {
          List<OrgNode> nodes = new ArrayList<>();
          rows.forEach(r -> nodes.add(node(r)));
          return nodes;
        });
  }

  Future<Shape> shape(SqlClient client) {
    return client.query("SELECT u.id, u.code, u.parent_id, p.code FROM org_unit u LEFT JOIN org_unit p "
            + "ON p.id = u.parent_id").execute()
        .map(rows -> {
          Map<Long, Long> byId = new HashMap<>();
          Map<String, String> byCode = new HashMap<>();
          Map<String, Long> ids = new HashMap<>();
          rows.forEach(r -> {
            byId.put(r.getLong(0), r.getLong(2));
            byCode.put(r.getString(1), r.getString(3));
            ids.put(r.getString(1), r.getLong(0));
          });
          return new Shape(byId, byCode, ids);
        });
  }

  /** The nodes the user was granted as unit manager. */
  Future<Set<Long>> grants(SqlClient client, long userId) {
    return client.preparedQuery("SELECT org_id FROM org_manager WHERE user_id = $1").execute(Tuple.of(userId))
        .map(rows -> {
          Set<Long> ids = new HashSet<>();
          rows.forEach(r -> ids.add(r.getLong(0)));
          return ids;
        });
  }

  /** Every ancestor pair again, from the parents: called inside each transaction that changes the tree. */
  Future<Void> rebuildClosure(SqlClient tx) {
    return tx.query("DELETE FROM org_closure").execute()
        .compose(x -> tx.query("INSERT INTO org_closure (ancestor_id, descendant_id, depth) "
            + "WITH RECURSIVE c(a, d, depth) AS (SELECT id, id, 0 FROM org_unit "
            + "UNION ALL SELECT c.a, u.id, c.depth + 1 FROM c JOIN org_unit u ON u.parent_id = c.d) "
            + "SELECT a, d, depth FROM c").execute())
        .mapEmpty();
  }

  Future<Long> insert(SqlClient tx, OrgRow row, Long parentId, String inviteCode) {
    return tx.preparedQuery("INSERT INTO org_unit (code, name, kind, parent_id, settlement, population, invite_code) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
        .execute(Tuple.from(new Object[] {row.code(), row.name(), row.kind().name(), parentId, name(row.settlement()),
            row.population(), inviteCode}))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  Future<Void> update(SqlClient tx, long id, OrgRow row, Long parentId) {
    return tx.preparedQuery("UPDATE org_unit SET name = $2, kind = $3, parent_id = $4, settlement = $5, "
            + "population = $6, updated_at = now() WHERE id = $1")
        .execute(Tuple.from(new Object[] {id, row.name(), row.kind().name(), parentId, name(row.settlement()),
            row.population()}))
        .mapEmpty();
  }

  /**
   * Adds the new codes and updates the known ones (name, kind, parent, urban/rural, population); nodes
   * not in the rows stay as they are. Checked rows only. Returns how many were added.
   */
  Future<Integer> importRows(SqlClient tx, List<OrgRow> rows, List<String> inviteCodes) {
    String[] codes = rows.stream().map(OrgRow::code).toArray(String[]::new);
    Object[] columns = {codes, rows.stream().map(OrgRow::name).toArray(String[]::new),
        rows.stream().map(r -> r.kind().name()).toArray(String[]::new),
        rows.stream().map(r -> name(r.settlement())).toArray(String[]::new),
        rows.stream().map(OrgRow::population).toArray(Integer[]::new), inviteCodes.toArray(String[]::new)};
    String[] parents = rows.stream().map(OrgRow::parentCode).toArray(String[]::new);
    return tx.preparedQuery("INSERT INTO org_unit (code, name, kind, settlement, population, invite_code) "
            + "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) "
            + "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            + "settlement = excluded.settlement, population = excluded.population, updated_at = now() "
            + "RETURNING (xmax = 0)")
        .execute(Tuple.from(columns))
        .compose(inserted -> {
          int added = 0;
          for (Row r : inserted) {
            added += r.getBoolean(0) ? 1 : 0;
          }
          int count = added;
          return tx.preparedQuery("UPDATE org_unit u SET parent_id = p.id FROM unnest($1::text[], $2::text[]) "
                  + "AS x(code, parent) LEFT JOIN org_unit p ON p.code = x.parent WHERE u.code = x.code "
                  + "AND u.parent_id IS DISTINCT FROM p.id")
              .execute(Tuple.of((Object) codes, (Object) parents)).map(x -> count);
        });
  }

  Future<Void> delete(SqlClient tx, long id) {
    return tx.preparedQuery("DELETE FROM org_unit WHERE id = $1").execute(Tuple.of(id)).mapEmpty();
  }

  /** How many members and staff a node holds (itself, not its subtree). */
  Future<int[]> holdings(SqlClient client, long id) {
    return client.preparedQuery("SELECT (SELECT count(*) FROM org_member WHERE org_id = $1), "
            + "(SELECT count(*) FROM org_staff WHERE org_id = $1)").execute(Tuple.of(id))
        .map(rows -> {
          Row r = rows.iterator().next();
          return new int[] {r.getInteger(0), r.getInteger(1)};
        });
  }

  Future<Void> setInvite(SqlClient tx, long id, String inviteCode) {
    return tx.preparedQuery("UPDATE org_unit SET invite_code = $2, updated_at = now() WHERE id = $1")
        .execute(Tuple.of(id, inviteCode)).mapEmpty();
  }

  private static OrgNode node(Row r) {
    OrgKind kind = OrgKind.valueOf(r.getString(3));
    String settlement = r.getString(5);
    return new OrgNode(r.getLong(0), r.getString(1), r.getString(2), kind, kind.label(), r.getLong(4),
        settlement == null ? null : Settlement.valueOf(settlement), r.getInteger(6), r.getString(7), r.getLong(8),
        r.getLong(9), r.getLong(10));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
