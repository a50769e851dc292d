package vn.luatvui.server.contest.domain;

/**
 * A problem in an imported file (lỗi dữ liệu nhập).
 *
 * @param row    1-based, the header being row 1
 * @param column the header name as written in the file, or null when the whole row is at fault
 */
public record CsvProblem(int row, String column, String message) {
}
