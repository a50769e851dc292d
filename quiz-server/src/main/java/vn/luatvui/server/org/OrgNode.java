package vn.luatvui.server.org;

import vn.luatvui.server.org.domain.OrgKind;
import vn.luatvui.server.org.domain.Settlement;

/**
 * One organisation as its managers see it, with counts of members in it and in its whole subtree.
 *
 * @param inviteCode the code in the invite link (mã mời)
 */
public record OrgNode(long id, String code, String name, OrgKind kind, String kindLabel, Long parentId,
                      Settlement settlement, Integer population, String inviteCode, long members,
                      long subtreeMembers, long staff) {
}
