package vn.luatvui.server.org.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of the tree (cây tổ chức): each node's parent, and the rules of changing it.
 * Rules refuse with {@link OrgRefused}; nothing here reads or writes storage.
 */
public final class OrgTree {
  private final Map<Long, Long> parentOf;

  /** @param parentOf each node's parent id (null value at the top) */
  public OrgTree(Map<Long, Long> parentOf) {
    this.parentOf = new HashMap<>(parentOf);
  }

  public boolean contains(long id) {
    return parentOf.containsKey(id);
  }

  /** Whether {@code node} is {@code root} or lies under it. */
  public boolean within(long node, long root) {
    Set<Long> seen = new HashSet<>();
    Long at = node;
    while (at != null && seen.add(at)) {
      if (at == root) {
        return true;
      }
      at = parentOf.get(at);
    }
    return false;
  }

  /** Whether the scope reaches the node: admins reach everything, a manager the subtrees granted. */
  public boolean covers(OrgScope scope, long node) {
    if (scope.everything()) {
      return contains(node);
    }
    for (long root : scope.roots()) {
      if (within(node, root)) {
        return true;
      }
    }
    return false;
  }

  /** A new node under {@code parent} (null: at the top, for admins only). */
  public void checkAdd(OrgScope scope, Long parent) {
    if (parent == null) {
      if (!scope.everything()) {
        throw OrgRefused.forbidden("Chỉ quản trị viên mới thêm được tổ chức cấp cao nhất.");
      }
      return;
    }
    if (!contains(parent)) {
      throw OrgRefused.invalid("parentId", "Không có tổ chức cấp trên này.");
    }
    if (!covers(scope, parent)) {
      throw OrgRefused.forbidden("Tổ chức cấp trên nằm ngoài phạm vi bạn quản lý.");
    }
  }

  /** Moving {@code node} under {@code newParent}: both in scope, and never under itself. */
  public void checkMove(OrgScope scope, long node, Long newParent) {
    checkEdit(scope, node);
    if (newParent == null ? parentOf.get(node) == null : newParent.equals(parentOf.get(node))) {
      return;
    }
    checkAdd(scope, newParent);
    if (newParent != null && within(newParent, node)) {
      throw OrgRefused.invalid("parentId", "Không thể chuyển một tổ chức vào bên dưới chính nó.");
    }
  }

  public void checkEdit(OrgScope scope, long node) {
    if (!contains(node)) {
      throw OrgRefused.notFound();
    }
    if (!covers(scope, node)) {
      throw OrgRefused.forbidden("Tổ chức này nằm ngoài phạm vi bạn quản lý.");
    }
  }

  /** Only an empty leaf goes: no organisation under it, no member and no staff in it. */
  public void checkDelete(OrgScope scope, long node, int members, int staff) {
    checkEdit(scope, node);
    if (!scope.everything() && scope.roots().contains(node)) {
      throw OrgRefused.forbidden("Không thể xoá tổ chức mà bạn được giao quản lý; hãy nhờ cấp trên.");
    }
    if (parentOf.containsValue(node)) {
      throw OrgRefused.conflict("Tổ chức còn tổ chức cấp dưới; hãy chuyển hoặc xoá chúng trước.");
    }
    if (members > 0 || staff > 0) {
      throw OrgRefused.conflict("Tổ chức còn " + members + " thành viên và " + staff + " cán bộ; không xoá được.");
    }
  }

  /** The nodes from the top down to {@code node}, for a breadcrumb. */
  public List<Long> path(long node) {
    java.util.LinkedList<Long> path = new java.util.LinkedList<>();
    Set<Long> seen = new HashSet<>();
    Long at = node;
    while (at != null && seen.add(at)) {
      path.addFirst(at);
      at = parentOf.get(at);
    }
    return List.copyOf(path);
  }
}
