package vn.luatvui.bank.formats;

/**
 * A question that repeats an earlier one of the same file: the same text and the same answers,
 * compared folded (case, diacritics and spacing ignored).
 *
 * @param row      the later occurrence
 * @param firstRow the first occurrence
 */
public record Duplicate(int row, int firstRow) {
}
