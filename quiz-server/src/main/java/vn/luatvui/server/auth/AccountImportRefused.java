package vn.luatvui.server.auth;

import java.util.List;
import java.util.Map;

/** An accounts file with problems: nothing was written; answered 422 with every problem by row and column. */
public final class AccountImportRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<AccountCsv.Problem> problems;

  AccountImportRefused(List<AccountCsv.Problem> problems) {
    super("Tệp tài khoản có " + problems.size() + " lỗi; chưa tài khoản nào được tạo.", null, false, false);
    this.problems = List.copyOf(problems);
  }

  Map<String, Object> body() {
    return Map.of("error", Map.of("code", "invalid", "message", getMessage()), "problems", problems);
  }
}
