package vn.luatvui.server.contest.domain;

/**
 * A unit's figures, counting its descendants (kết quả đơn vị).
 *
 * @param depth             0 for a top unit
 * @param registered        contestants registered (số người đăng ký)
 * @param participants      contestants (số người dự thi)
 * @param participationRate participants / members (tỷ lệ tham gia); a unit without a size uses the sum of the
 *                          known sizes below it; null when none is known or it is 0
 * @param averageScore      the participants' average score (điểm trung bình), or null without participants
 * @param winners           prize winners (số người đoạt giải)
 */
public record UnitStanding(long unitId, String code, String name, Long parentId, int depth, long registered,
                           long participants,
                           Double participationRate, Double averageScore, long winners) {
}
