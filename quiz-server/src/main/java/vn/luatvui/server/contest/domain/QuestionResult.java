package vn.luatvui.server.contest.domain;

/** How one question of an attempt went (kết quả từng câu). */
public record QuestionResult(int position, boolean answered, boolean correct, int points) {
}
