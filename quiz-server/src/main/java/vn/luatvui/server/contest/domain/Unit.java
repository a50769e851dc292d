package vn.luatvui.server.contest.domain;

/**
 * A participating unit (đơn vị dự thi): a school, a commune, an agency, within a tree.
 *
 * @param parentId the unit above (đơn vị cấp trên), or null at the top
 * @param members  how many people the unit has (số thành viên), or null when unknown
 */
public record Unit(long id, Long parentId, String code, String name, Integer members) {
}
