package vn.luatvui.server.bank;

import java.util.List;
import vn.luatvui.bank.question.Violation;

/** Content that breaks the bank's rules; answered with 422 and every violation listed. */
public final class ValidationFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  public ValidationFailed(List<Violation> violations) {
    this("Câu hỏi chưa hợp lệ: " + violations.size() + " lỗi.", violations);
  }

  /** A failure of something other than a question: the message says what, the violations where. */
  public ValidationFailed(String message, List<Violation> violations) {
    super(message, null, false, false);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
