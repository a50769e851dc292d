package vn.luatvui.server.org.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrgTreeTest {
  // City 1 → district 2 → wards 3 (A) and 4 (B); ward A → school 5.
  private final OrgTree tree = new OrgTree(tree());
  private final OrgScope managerOfWardA = OrgScope.managerOf(Set.of(3L));

  private static Map<Long, Long> tree() {
    Map<Long, Long> parents = new HashMap<>();
    parents.put(1L, null);
    parents.put(2L, 1L);
    parents.put(3L, 2L);
    parents.put(4L, 2L);
    parents.put(5L, 3L);
    return parents;
  }

  @Test
  void a_manager_reaches_the_granted_node_and_what_lies_under_it_only() {
    assertThat(tree.covers(managerOfWardA, 3)).isTrue();
    assertThat(tree.covers(managerOfWardA, 5)).isTrue();
    assertThat(tree.covers(managerOfWardA, 4)).isFalse();
    assertThat(tree.covers(managerOfWardA, 2)).isFalse();
    assertThat(tree.covers(OrgScope.ALL, 4)).isTrue();
    assertThat(tree.covers(OrgScope.ALL, 99)).isFalse();
  }

  @Test
  void a_manager_of_ward_a_cannot_edit_add_under_or_move_into_ward_b() {
    assertThatThrownBy(() -> tree.checkEdit(managerOfWardA, 4)).isInstanceOf(OrgRefused.class)
        .extracting(e -> ((OrgRefused) e).reason()).isEqualTo(OrgRefused.Reason.FORBIDDEN);
    assertThatThrownBy(() -> tree.checkAdd(managerOfWardA, 4L)).isInstanceOf(OrgRefused.class);
    assertThatThrownBy(() -> tree.checkMove(managerOfWardA, 5, 4L)).isInstanceOf(OrgRefused.class);
    assertThatThrownBy(() -> tree.checkAdd(managerOfWardA, null)).isInstanceOf(OrgRefused.class);
    tree.checkAdd(managerOfWardA, 5L);
    tree.checkEdit(managerOfWardA, 5);
  }

  @Test
  void nothing_moves_under_itself() {
    assertThatThrownBy(() -> tree.checkMove(OrgScope.ALL, 2, 5L)).isInstanceOf(OrgRefused.class)
        .extracting(e -> ((OrgRefused) e).reason()).isEqualTo(OrgRefused.Reason.INVALID);
    assertThatThrownBy(() -> tree.checkMove(OrgScope.ALL, 2, 2L)).isInstanceOf(OrgRefused.class);
    tree.checkMove(OrgScope.ALL, 5, 4L);
    tree.checkMove(OrgScope.ALL, 2, null);
  }

  @Test
  void only_an_empty_leaf_is_deleted_and_a_manager_keeps_the_node_granted_to_them() {
    assertThatThrownBy(() -> tree.checkDelete(OrgScope.ALL, 3, 0, 0)).hasMessageContaining("cấp dưới");
    assertThatThrownBy(() -> tree.checkDelete(OrgScope.ALL, 5, 2, 0)).hasMessageContaining("2 thành viên");
    assertThatThrownBy(() -> tree.checkDelete(OrgScope.ALL, 4, 0, 1)).hasMessageContaining("1 cán bộ");
    assertThatThrownBy(() -> tree.checkDelete(OrgScope.managerOf(Set.of(4L)), 4, 0, 0))
        .extracting(e -> ((OrgRefused) e).reason()).isEqualTo(OrgRefused.Reason.FORBIDDEN);
    tree.checkDelete(OrgScope.ALL, 5, 0, 0);
    tree.checkDelete(managerOfWardA, 5, 0, 0);
  }

  @Test
  void the_path_runs_from_the_top_down() {
    assertThat(tree.path(5)).containsExactly(1L, 2L, 3L, 5L);
  }
}
