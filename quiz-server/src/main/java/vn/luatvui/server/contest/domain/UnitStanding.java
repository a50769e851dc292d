package vn.luatvui.server.contest.domain;

/**
 * A unit's figures, counting its descendants (kết quả đơn vị).
 *
 * @param depth             0 for a top unit
 * @param participants      contestants (số người dự thi)
 * @param participationRate participants / members (tỷ lệ tham gia), or null when members are unknown or 0
 * @param averageScore      the participants' average score (điểm trung bình), or null without participants
 * @param winners           prize winners (số người đoạt giải)
 */
public record UnitStanding(long unitId, String code, String name, Long parentId, int depth, long participants,
                           Double participationRate, Double averageScore, long winners) {
}
