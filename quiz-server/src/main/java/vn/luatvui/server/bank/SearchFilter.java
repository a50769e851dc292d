package vn.luatvui.server.bank;

import java.util.List;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.review.QuestionStatus;

/**
 * A search over the bank. Null fields do not filter. {@code visibleToAuthor} limits the results to
 * what an author may see (their own questions and approved ones); {@code publicOnly} keeps to
 * approved, public questions not flagged for review (the public lookup; questions citing a law no
 * longer in force are flagged when it ends, see {@link LegalRegistry}).
 */
public record SearchFilter(String query, List<QuestionStatus> statuses, QuestionType type, String tag,
                           String document, Integer article, Integer difficulty, Boolean needsReview,
                           Long authorId, Long visibleToAuthor, boolean publicOnly, boolean oldestFirst, int page,
                           int size, Boolean returned) {
  /** The API allows pages of up to 100; no page is ever larger than this (exports read through a cursor instead). */
  public static final int MAX_SIZE = 10_000;

  /** A search that does not ask whether a reviewer returned the question. */
  public SearchFilter(String query, List<QuestionStatus> statuses, QuestionType type, String tag, String document,
                      Integer article, Integer difficulty, Boolean needsReview, Long authorId, Long visibleToAuthor,
                      boolean publicOnly, boolean oldestFirst, int page, int size) {
    this(query, statuses, type, tag, document, article, difficulty, needsReview, authorId, visibleToAuthor, publicOnly,
        oldestFirst, page, size, null);
  }

  public SearchFilter {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    page = Math.max(1, page);
    size = Math.min(MAX_SIZE, Math.max(1, size));
  }
}
