package vn.luatvui.server.bank;

import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.review.QuestionStatus;
import vn.luatvui.bank.review.ReviewState;

/**
 * A starter question as an installation holds it, beside what the shipped file says.
 *
 * @param writtenBy who wrote the current version (the author of version 1, the editor of the others)
 * @param current   the content of the current version
 * @param lastOwn   the content of the newest version the starter-bank owner wrote, or null if none
 */
record StarterCopy(long id, ReviewState state, long writtenBy, QuestionContent current, QuestionContent lastOwn) {

  /** What loading the shipped content does to the stored question. */
  enum Outcome {
    /** The stored question already says what the file says (or the file brings nothing new). */
    SAME,
    /** Still the starter bank's own approved version, worded otherwise: the shipped content becomes a new version. */
    REVISE,
    /** The file words it otherwise, but the question was edited or retired here: left as it is. */
    CHANGED_HERE
  }

  /**
   * Whether the stored question takes the shipped content. It does only while its current version is
   * one the starter bank wrote (by {@code owner}, never edited by a person since) and is approved, not
   * retired; an approved question edited by a person has a current version written by that person.
   */
  Outcome against(QuestionContent shipped, long owner) {
    if (same(current, shipped)) {
      return Outcome.SAME;
    }
    if (writtenBy == owner && state.status() == QuestionStatus.APPROVED) {
      return Outcome.REVISE;
    }
    return same(lastOwn, shipped) ? Outcome.SAME : Outcome.CHANGED_HERE;
  }

  /** Equal once normalised as everything entering the bank is (NFC, trimmed, tags lower-cased): not a revision. */
  static boolean same(QuestionContent stored, QuestionContent shipped) {
    return stored != null && stored.normalized().equals(shipped.normalized());
  }
}
