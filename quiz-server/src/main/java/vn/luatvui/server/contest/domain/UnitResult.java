package vn.luatvui.server.contest.domain;

/** One contestant's counted result, for the unit rankings (xếp hạng đơn vị). */
public record UnitResult(long contestantId, long unitId, int score, boolean winner) {
}
