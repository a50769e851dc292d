package vn.luatvui.server.contest.domain;

/**
 * A standing with its place (thứ hạng).
 *
 * @param rank     1-based; every contestant has a place of their own
 * @param distance |prediction − actual figure| (độ lệch dự đoán), or null without a prediction or a figure
 */
public record Ranked(RoundEntry standing, int rank, Long distance) {
}
