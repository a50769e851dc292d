package vn.luatvui.server.org.domain;

/**
 * A problem in an imported organisation file or form (lỗi dữ liệu).
 *
 * @param row    1-based, the header being row 1 (0 for a form)
 * @param column the header name as written in the file (or the field), null when the whole row is at fault
 */
public record OrgProblem(int row, String column, String message) {
}
