package vn.luatvui.server.reach;

import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.files.TableFiles;

/** The dashboard as spreadsheet tables (numbers stay numbers), headers in Vietnamese. */
final class ReachTables {
  private ReachTables() {
  }

  static List<TableFiles.Table> of(List<ReachStore.NodeFigures> nodes, ReachView view) {
    List<List<Object>> units = new ArrayList<>();
    for (ReachStore.NodeFigures n : nodes) {
      units.add(ReachRoutes.row(n.code(), n.name(), n.kind(), n.members(), n.staff(), n.people(), n.contestants(),
          n.active30(), n.active90(), n.attempts(), n.games(), n.gamePlayers(),
          n.averageCorrect() == null ? null : Math.round(n.averageCorrect() * 1000) / 10.0));
    }
    List<List<Object>> bases = new ArrayList<>();
    for (ReachStore.Base b : view.reach().bases()) {
      bases.add(ReachRoutes.row(b.districtName(), b.code(), b.name(), "URBAN".equals(b.settlement()) ? "Thành thị"
          : "Nông thôn", b.population(), b.reached(), b.population() == 0 ? null
          : Math.round(1000.0 * b.reached() / b.population()) / 10.0));
    }
    List<List<Object>> months = new ArrayList<>();
    for (ReachView.Trend t : view.trend()) {
      months.add(ReachRoutes.row(t.month(), t.reachedUrban(), percent(t.urbanShare()), t.reachedRural(),
          percent(t.ruralShare()), t.active()));
    }
    return List.of(
        new TableFiles.Table("Đơn vị", List.of("Mã", "Tên", "Loại", "Thành viên", "Cán bộ", "Người được tiếp cận",
            "Thí sinh", "Hoạt động 30 ngày", "Hoạt động 90 ngày", "Lượt thi (12 tháng)", "Trận chơi (12 tháng)",
            "Lượt người chơi (12 tháng)", "Tỉ lệ trả lời đúng (%)"), units),
        new TableFiles.Table("Xã phường", List.of("Quận huyện", "Mã", "Tên", "Khu vực", "Số dân", "Người được tiếp cận",
            "Tỉ lệ (%)"), bases),
        new TableFiles.Table("Theo tháng", List.of("Tháng", "Tiếp cận thành thị", "Thành thị (%)", "Tiếp cận nông thôn",
            "Nông thôn (%)", "Người hoạt động"), months));
  }

  private static Double percent(Double share) {
    return share == null ? null : Math.round(share * 1000) / 10.0;
  }
}
