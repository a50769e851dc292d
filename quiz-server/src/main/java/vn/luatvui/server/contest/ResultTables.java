package vn.luatvui.server.contest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.luatvui.server.bank.BankClock;
import vn.luatvui.server.contest.domain.Unit;
import vn.luatvui.server.contest.domain.UnitLevels;
import vn.luatvui.server.contest.domain.UnitStanding;
import vn.luatvui.server.files.TableFiles;

/**
 * The organiser's result files as tables: contestants numbered 1, 2, 3… in the order they registered,
 * their unit in one column per level of the tree (named as the organiser names the levels), durations
 * as minutes:seconds, and who won a prize when the contest gives prizes.
 */
final class ResultTables {
  /** Dates and times in files as Vietnamese organisers write them, in Vietnam's time. */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
      .withZone(BankClock.VIETNAM);
  static final String PRIZE = "Đạt giải";
  private static final List<String> UNIT_COLUMNS = List.of("Mã đơn vị", "Đơn vị", "Cấp", "Thuộc", "Đã đăng ký",
      "Đã dự thi", "Tỉ lệ tham gia (%)", "Điểm trung bình", "Số giải");

  private ResultTables() {
  }

  static TableFiles.Table contestants(List<StandingStore.ResultLine> lines, List<Unit> units, List<String> levels,
                                      boolean prizes) {
    Map<Long, Unit> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    int depth = depth(units, byId);
    List<String> header = new ArrayList<>(List.of("Hạng", "Mã thí sinh", "Họ và tên", "Ngày sinh"));
    for (int d = 0; d < depth; d++) {
      header.add(UnitLevels.name(levels, d));
    }
    header.addAll(List.of("Điện thoại", "Email", "Điểm", "Số câu đúng", "Thời gian làm bài (phút:giây)", "Dự đoán",
        "Chênh lệch dự đoán", "Nộp bài lúc (giờ Việt Nam)"));
    if (prizes) {
      header.add(PRIZE);
    }
    int width = String.valueOf(lines.stream().mapToLong(StandingStore.ResultLine::number).max().orElse(0)).length();
    List<List<Object>> rows = new ArrayList<>(lines.size());
    int position = 0;
    for (StandingStore.ResultLine l : lines) {
      position++;
      List<Object> row = new ArrayList<>(Arrays.asList(l.rank() == null ? position : l.rank(), code(l.number(), width),
          l.fullName() == null ? StandingsRoutes.ERASED : l.fullName(),
          l.birthDate() == null ? "" : DAY.format(l.birthDate())));
      List<String> path = path(byId, l.unitId());
      for (int d = 0; d < depth; d++) {
        row.add(d < path.size() ? path.get(d) : "");
      }
      row.addAll(Arrays.asList(l.phone() == null ? "" : l.phone(), l.email() == null ? "" : l.email(), l.score(),
          l.correct() == null ? "" : l.correct(), minutesSeconds(l.durationMs()),
          l.prediction() == null ? "" : l.prediction(), l.distance() == null ? "" : l.distance(),
          MOMENT.format(l.submittedAt())));
      if (prizes) {
        row.add(l.prizes() == null ? "" : l.prizes());
      }
      rows.add(row);
    }
    return new TableFiles.Table("Thí sinh", header, rows);
  }

  static TableFiles.Table units(List<UnitStanding> figures, List<String> levels) {
    Map<Long, String> names = new HashMap<>();
    figures.forEach(f -> names.put(f.unitId(), f.name()));
    List<List<Object>> rows = new ArrayList<>();
    for (UnitStanding f : figures) {
      rows.add(Arrays.asList(f.code(), f.name(), UnitLevels.name(levels, f.depth()),
          f.parentId() == null ? "" : names.getOrDefault(f.parentId(), ""), f.registered(), f.participants(),
          f.participationRate() == null ? "" : Math.round(f.participationRate() * 1000) / 10.0,
          f.averageScore() == null ? "" : Math.round(f.averageScore() * 10) / 10.0, f.winners()));
    }
    return new TableFiles.Table("Đơn vị", UNIT_COLUMNS, rows);
  }

  /** "TS0007": the number padded to the widest of the file (at least four digits), so codes sort as text. */
  static String code(long number, int width) {
    return "TS" + String.format("%0" + Math.max(4, width) + "d", number);
  }

  /** "04:05" for 4 min 5 s (rounded to the second); minutes go past 59 ("75:00"). */
  static String minutesSeconds(long durationMs) {
    long seconds = Math.round(durationMs / 1000.0);
    return String.format("%02d:%02d", seconds / 60, seconds % 60);
  }

  /** The unit's names from the top of the tree down. */
  static List<String> path(Map<Long, Unit> byId, long unitId) {
    List<String> names = new ArrayList<>();
    Unit u = byId.get(unitId);
    for (int guard = 0; u != null && guard < 20; guard++) {
      names.add(0, u.name());
      u = u.parentId() == null ? null : byId.get(u.parentId());
    }
    return names;
  }

  /** How many levels the tree has. */
  private static int depth(List<Unit> units, Map<Long, Unit> byId) {
    int most = 0;
    for (Unit u : units) {
      most = Math.max(most, path(byId, u.id()).size());
    }
    return most;
  }
}
