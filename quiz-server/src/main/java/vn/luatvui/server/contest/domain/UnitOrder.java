package vn.luatvui.server.contest.domain;

/** What the unit rankings are ordered by (tiêu chí xếp hạng đơn vị), highest first. */
public enum UnitOrder {
  /** Số người dự thi. */
  PARTICIPANTS,
  /** Tỷ lệ tham gia. */
  RATE,
  /** Điểm trung bình. */
  AVERAGE_SCORE,
  /** Số người đoạt giải. */
  WINNERS
}
