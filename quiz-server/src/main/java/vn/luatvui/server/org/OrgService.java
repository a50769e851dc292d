package vn.luatvui.server.org;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.luatvui.bank.account.Role;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.bank.ValidationFailed;
import vn.luatvui.server.org.domain.OrgCsv;
import vn.luatvui.server.org.domain.OrgKind;
import vn.luatvui.server.org.domain.OrgProblem;
import vn.luatvui.server.org.domain.OrgRefused;
import vn.luatvui.server.org.domain.OrgRow;
import vn.luatvui.server.org.domain.OrgRowsCheck;
import vn.luatvui.server.org.domain.OrgScope;
import vn.luatvui.server.org.domain.OrgTree;
import vn.luatvui.server.org.domain.Settlement;

/**
 * The tree's changes: import, add, edit, move, delete, new invite code. Each runs in one transaction
 * behind the tree lock, checks the person's scope on the tree as it is, and rebuilds the closure.
 */
final class OrgService {
  /** A node as typed on the screen; the code only when adding (codes are stable). */
  record NodeBody(String code, String name, OrgKind kind, Long parentId, Settlement settlement, Integer population) {
  }

  /** What an import did. */
  record Imported(int added, int updated) {
  }

  private final Pool pool;
  private final OrgStore store;

  OrgService(Pool pool, OrgStore store) {
    this.pool = pool;
    this.store = store;
  }

  /** Everything for an admin, the granted subtrees for a unit manager, a refusal for anyone else. */
  Future<OrgScope> scope(CurrentUser user) {
    if (user.has(Role.ADMIN)) {
      return Future.succeededFuture(OrgScope.ALL);
    }
    return store.grants(pool, user.id()).map(roots -> {
      if (roots.isEmpty()) {
        throw OrgRefused.forbidden("Bạn chưa được giao quản lý tổ chức nào.");
      }
      return OrgScope.managerOf(roots);
    });
  }

  Future<List<OrgNode>> list(CurrentUser user) {
    return scope(user).compose(scope -> store.nodes(pool, scope));
  }

  /** Whether the person may read or manage the node (and its people); refused otherwise. */
  Future<Void> reach(CurrentUser user, long id) {
    return scope(user).compose(scope -> store.shape(pool).map(shape -> {
      new OrgTree(shape.parentById()).checkEdit(scope, id);
      return null;
    }));
  }

  /** A whole file, for admins: every row right or nothing written. */
  Future<Imported> importCsv(CurrentUser user, String csv) {
    if (!user.has(Role.ADMIN)) {
      return Future.failedFuture(OrgRefused.forbidden("Chỉ quản trị viên mới nhập được cây tổ chức."));
    }
    return pool.withTransaction(tx -> store.lock(tx).compose(x -> store.shape(tx)).compose(shape -> {
      OrgCsv.Parsed parsed = OrgCsv.parse(csv, shape.parentByCode());
      if (!parsed.ok()) {
        return Future.failedFuture(new OrgImportRefused(parsed.problems()));
      }
      if (parsed.rows().isEmpty()) {
        return Future.failedFuture(new OrgImportRefused(List.of(new OrgProblem(2, null, "Tệp không có dòng tổ chức nào."))));
      }
      List<String> invites = new ArrayList<>();
      parsed.rows().forEach(r -> invites.add(OrgCodes.newInvite()));
      return store.importRows(tx, parsed.rows(), invites)
          .compose(added -> store.rebuildClosure(tx).map(y -> new Imported(added, parsed.rows().size() - added)));
    }));
  }

  Future<Long> create(CurrentUser user, NodeBody body) {
    return scope(user).compose(scope -> pool.withTransaction(tx -> store.lock(tx).compose(x -> store.shape(tx))
        .compose(shape -> {
          new OrgTree(shape.parentById()).checkAdd(scope, body.parentId());
          OrgRow row = row(body.code(), body, shape);
          if (shape.idByCode().containsKey(row.code())) {
            throw OrgRefused.invalid("code", "Mã tổ chức «" + row.code() + "» đã có.");
          }
          checked(row, shape);
          return store.insert(tx, row, body.parentId(), OrgCodes.newInvite())
              .compose(id -> store.rebuildClosure(tx).map(y -> id));
        })));
  }

  Future<Void> update(CurrentUser user, long id, NodeBody body) {
    return scope(user).compose(scope -> pool.withTransaction(tx -> store.lock(tx).compose(x -> store.shape(tx))
        .compose(shape -> {
          new OrgTree(shape.parentById()).checkMove(scope, id, body.parentId());
          OrgRow row = row(codeOf(shape, id), body, shape);
          checked(row, shape);
          return store.update(tx, id, row, body.parentId()).compose(y -> store.rebuildClosure(tx));
        })));
  }

  Future<Void> delete(CurrentUser user, long id) {
    return scope(user).compose(scope -> pool.withTransaction(tx -> store.lock(tx).compose(x -> store.shape(tx))
        .compose(shape -> store.holdings(tx, id).compose(held -> {
          new OrgTree(shape.parentById()).checkDelete(scope, id, held[0], held[1]);
          return store.delete(tx, id).compose(y -> store.rebuildClosure(tx));
        }))));
  }

  /** A new invite code: the old link stops working. */
  Future<String> rotateInvite(CurrentUser user, long id) {
    String code = OrgCodes.newInvite();
    return reach(user, id).compose(x -> store.setInvite(pool, id, code)).map(x -> code);
  }

  private static OrgRow row(String code, NodeBody body, OrgStore.Shape shape) {
    String parentCode = body.parentId() == null ? null : codeOf(shape, body.parentId());
    return new OrgRow(code, body.name(), body.kind(), parentCode, body.settlement(), body.population()).normalized();
  }

  private static void checked(OrgRow row, OrgStore.Shape shape) {
    Map<String, String> others = new java.util.HashMap<>(shape.parentByCode());
    others.remove(row.code());
    List<OrgProblem> problems = OrgRowsCheck.check(List.of(row), List.of(0), OrgRowsCheck.Columns.FIELDS, others);
    if (!problems.isEmpty()) {
      throw new ValidationFailed("Thông tin tổ chức chưa hợp lệ.",
          problems.stream().map(p -> new Violation(p.column() == null ? "" : p.column(), p.message())).toList());
    }
  }

  private static String codeOf(OrgStore.Shape shape, long id) {
    return shape.idByCode().entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey)
        .findFirst().orElseThrow(OrgRefused::notFound);
  }
}
