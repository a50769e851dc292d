package vn.luatvui.server.contest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.luatvui.bank.question.Violation;
import vn.luatvui.bank.text.VietnameseText;
import vn.luatvui.server.bank.ValidationFailed;
import vn.luatvui.server.contest.domain.ContestSettings;
import vn.luatvui.server.json.Jsons;

/** Turns what the organiser sent into a checked, NFC-normalised contest and rounds, or says every problem. */
final class ContestForms {
  /** The request body; settings not sent keep their defaults. */
  record ContestBody(String title, String description, String rules, String organiser, JsonNode settings,
                     List<RoundDraft> rounds) {
  }

  /** A checked contest with its rounds. */
  record Checked(ContestDraft contest, List<RoundDraft> rounds) {
  }

  private ContestForms() {
  }

  static Checked check(ContestBody body, ContestSettings base) {
    List<Violation> problems = new ArrayList<>();
    String title = text(body.title());
    String organiser = text(body.organiser());
    if (title == null || title.length() < 3) {
      problems.add(new Violation("title", "Tên cuộc thi cần ít nhất 3 ký tự."));
    }
    if (organiser == null) {
      problems.add(new Violation("organiser", "Cần ghi đơn vị tổ chức."));
    }
    ContestSettings settings = settings(base, body.settings(), problems);
    if (settings != null) {
      problems.addAll(settings.check());
    }
    List<RoundDraft> rounds = rounds(body.rounds(), problems);
    if (!problems.isEmpty()) {
      throw new ValidationFailed("Cuộc thi chưa hợp lệ: " + problems.size() + " lỗi.", problems);
    }
    return new Checked(new ContestDraft(title, text(body.description()), text(body.rules()), organiser, settings), rounds);
  }

  private static ContestSettings settings(ContestSettings base, JsonNode given, List<Violation> problems) {
    ObjectNode merged = Jsons.MAPPER.valueToTree(base);
    if (given != null && given.isObject()) {
      merged.setAll((ObjectNode) given);
    }
    try {
      ContestSettings settings = Jsons.MAPPER.treeToValue(merged, ContestSettings.class);
      return new ContestSettings(settings.questionsPerAttempt(), settings.timeLimitSeconds(), settings.attemptsPerRound(),
          settings.practiceEnabled(), settings.reveal(), settings.pointsPerQuestion(), text(settings.predictionQuestion()),
          settings.predictionTarget(), settings.pool(), settings.askIdNumber(), settings.winnersPerRound(),
          settings.practicePool(), settings.retentionDays());
    } catch (Exception e) {
      problems.add(new Violation("settings", "Thiết lập không đọc được: " + e.getMessage()));
      return null;
    }
  }

  private static List<RoundDraft> rounds(List<RoundDraft> given, List<Violation> problems) {
    List<RoundDraft> rounds = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    List<RoundDraft> sorted = given == null ? List.of()
        : given.stream().sorted(java.util.Comparator.comparing(RoundDraft::opensAt,
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
    Instant previousClose = null;
    for (RoundDraft r : sorted) {
      String field = "rounds[" + r.number() + "]";
      String title = text(r.title());
      if (!numbers.add(r.number())) {
        problems.add(new Violation(field, "Đợt " + r.number() + " bị khai báo hai lần."));
      }
      if (title == null) {
        problems.add(new Violation(field + ".title", "Đợt " + r.number() + " cần có tên."));
      }
      if (r.opensAt() == null || r.closesAt() == null || !r.closesAt().isAfter(r.opensAt())) {
        problems.add(new Violation(field + ".closesAt", "Đợt " + r.number() + " phải kết thúc sau khi bắt đầu."));
        continue;
      }
      if (previousClose != null && r.opensAt().isBefore(previousClose)) {
        problems.add(new Violation(field + ".opensAt", "Đợt " + r.number() + " bắt đầu trước khi đợt trước kết thúc; "
            + "các đợt không được chồng lên nhau."));
      }
      previousClose = r.closesAt();
      rounds.add(new RoundDraft(r.number(), title, r.opensAt(), r.closesAt()));
    }
    return rounds;
  }

  /** NFC, trimmed; blank is null. */
  static String text(String value) {
    if (value == null) {
      return null;
    }
    String clean = VietnameseText.nfc(value).strip();
    return clean.isEmpty() ? null : clean;
  }
}
