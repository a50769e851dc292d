package vn.luatvui.server.contest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.luatvui.server.auth.CurrentUser;
import vn.luatvui.server.contest.domain.UnitRow;
import vn.luatvui.server.json.Jsons;

/**
 * A ready sample contest made in one step from the shipped template ({@code contest-templates/practice.json}):
 * a draft owned by the organiser, with a name, rules, one round open now, units, a draw from the ready
 * question sets of the starter bank and practice from other ready sets. It passes the publish checks as it is.
 */
public final class ContestTemplate {
  static final String FILE = "contest-templates/practice.json";

  /** The shipped template. */
  record Template(String title, String description, String rules, ObjectNode settings, List<String> rankedSets,
                  List<String> practiceSets, RoundTemplate round, List<UnitRow> units, List<String> unitLevels) {
  }

  /** The template's round: its name and how many days it stays open from now. */
  record RoundTemplate(String title, int days) {
  }

  private final Pool pool;
  private final ContestService service;
  private final Clock clock;
  private final Template template = read();

  ContestTemplate(Pool pool, ContestService service, Clock clock) {
    this.pool = pool;
    this.service = service;
    this.clock = clock;
  }

  /** Creates the sample contest for the organiser; returns its id. */
  Future<Long> create(CurrentUser user) {
    return setIds(template.rankedSets()).compose(ranked -> setIds(template.practiceSets()).compose(practice -> {
      ObjectNode settings = template.settings().deepCopy();
      settings.set("pool", Jsons.MAPPER.valueToTree(java.util.Map.of("setIds", ranked)));
      settings.set("practicePool", Jsons.MAPPER.valueToTree(java.util.Map.of("setIds", practice)));
      Instant opens = clock.instant().truncatedTo(ChronoUnit.MINUTES);
      RoundDraft round = new RoundDraft(1, template.round().title(), opens,
          opens.plus(Duration.ofDays(template.round().days())));
      ContestForms.ContestBody body = new ContestForms.ContestBody(template.title(), template.description(),
          template.rules(), user.displayName(), settings, List.of(round));
      return service.create(user, body).compose(id -> service
          .replaceUnits(user, id, new ContestService.UnitsBody(null, template.units(), template.unitLevels())).map(id));
    }));
  }

  /** The ids of the ready sets with these keys; a key not loaded is a shipping mistake. */
  private Future<List<Long>> setIds(List<String> keys) {
    return pool.preparedQuery("SELECT id, starter_key FROM question_set WHERE starter_key = ANY($1)")
        .execute(Tuple.of(keys.toArray(String[]::new))).compose(rows -> {
          List<Long> ids = new ArrayList<>();
          rows.forEach(r -> ids.add(r.getLong(0)));
          return ids.size() == keys.size() ? Future.succeededFuture(ids)
              : Future.failedFuture(new IllegalStateException("The contest template names ready sets " + keys
                  + " of which only " + ids.size() + " are loaded"));
        });
  }

  static Template read() {
    InputStream in = ContestTemplate.class.getClassLoader().getResourceAsStream(FILE);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + FILE);
    }
    try (in) {
      return Jsons.MAPPER.readValue(in, Template.class);
    } catch (IOException e) {
      throw new UncheckedIOException("The contest template " + FILE + " does not read", e);
    }
  }
}
