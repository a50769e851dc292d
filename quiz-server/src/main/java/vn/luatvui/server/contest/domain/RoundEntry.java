package vn.luatvui.server.contest.domain;

import java.time.Instant;

/**
 * One contestant's counted attempt in a round, as the ranking (bảng xếp hạng) sees it.
 *
 * @param prediction the contestant's answer to the prediction question (dự đoán), or null
 * @param durationMs how long the attempt took (thời gian làm bài)
 */
public record RoundEntry(long contestantId, int score, Long prediction, long durationMs, Instant submittedAt) {
}
