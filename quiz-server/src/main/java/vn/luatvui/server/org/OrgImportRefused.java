package vn.luatvui.server.org;

import java.util.List;
import java.util.Map;
import vn.luatvui.server.org.domain.OrgProblem;

/** An organisation file with problems: nothing was written; answered 422 with every problem by row and column. */
public final class OrgImportRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<OrgProblem> problems;

  OrgImportRefused(List<OrgProblem> problems) {
    super("Tệp tổ chức có " + problems.size() + " lỗi; chưa có gì được lưu.", null, false, false);
    this.problems = List.copyOf(problems);
  }

  Map<String, Object> body() {
    return Map.of("error", Map.of("code", "invalid", "message", getMessage()), "problems", problems);
  }
}
