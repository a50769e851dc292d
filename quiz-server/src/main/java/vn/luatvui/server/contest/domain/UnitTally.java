package vn.luatvui.server.contest.domain;

/**
 * What was counted for one unit alone, before the roll-up (số liệu của riêng một đơn vị).
 *
 * @param registered   contestants registered with the unit
 * @param participants contestants with a counted attempt
 * @param scoreSum     the sum of their counted scores
 * @param winners      prize winners among them
 */
public record UnitTally(long unitId, long registered, long participants, long scoreSum, long winners) {
}
