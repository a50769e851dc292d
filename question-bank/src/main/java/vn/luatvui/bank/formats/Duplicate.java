package vn.luatvui.bank.formats;

/**
 * A question that repeats an earlier one of the same file.
 *
 * <p>{@code exact}: the same text and the same answers once normalised to NFC (answer order aside,
 * except for ordering questions) — importing it again would add nothing, so a commit skips it and
 * the report says so. Otherwise a near duplicate: the same once case, diacritics and spacing are
 * ignored ("đỗ xe" and "đổ xe" are two questions that differ only by a mark); it is a warning the
 * user decides on in the preview, and it is imported unless the user chooses to skip it.
 *
 * @param row      the later occurrence
 * @param firstRow the first occurrence
 * @param exact    an exact repeat (skipped) rather than a near one (a warning)
 */
public record Duplicate(int row, int firstRow, boolean exact) {
}
