package vn.luatvui.bank.review;

/** The outcome of an allowed command: the question's next state and the history entry to record. */
public record ReviewDecision(ReviewState next, ReviewAction action, String comment) {
}
