package vn.luatvui.server.org.domain;

import java.util.Set;

/**
 * What a person may see and manage in the tree: everything (an admin) or the subtrees of the nodes
 * they were granted as unit manager (người quản lý đơn vị).
 */
public record OrgScope(boolean everything, Set<Long> roots) {
  public static final OrgScope ALL = new OrgScope(true, Set.of());

  public OrgScope {
    roots = Set.copyOf(roots);
  }

  public static OrgScope managerOf(Set<Long> roots) {
    return new OrgScope(false, roots);
  }

  /** Neither an admin nor a manager of anything. */
  public boolean none() {
    return !everything && roots.isEmpty();
  }
}
