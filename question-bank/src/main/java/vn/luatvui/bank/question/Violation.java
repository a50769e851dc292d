package vn.luatvui.bank.question;

/** One broken rule of a question: which field, and what is wrong with it (in Vietnamese, for the author). */
public record Violation(String field, String message) {
}
