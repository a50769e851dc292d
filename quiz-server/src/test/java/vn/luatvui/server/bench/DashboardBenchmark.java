package vn.luatvui.server.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.reach.ReachJob;
import vn.luatvui.server.reach.ReachSource;
import vn.luatvui.server.reach.Visits;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * The reach dashboard's benchmark: a city of {@code people} registered people (default 1,000,000) over
 * 1,000 organisations (a city, 30 districts, 600 wards and communes, 369 schools), twelve months of
 * activity (every person registers once, half of them take an attempt, 50,000 members join), the rollup
 * run once over all of it, then each view of the dashboard (the city, a district, a ward) and the city's
 * XLSX export read through the HTTP API: p50, p95, p99, max. Target: p95 ≤ 200 ms per view.
 * Run it with {@code scripts/bench-dashboard.sh}.
 */
public final class DashboardBenchmark {
  private static final int DISTRICTS = 30;
  private static final int BASES_PER_DISTRICT = 20;
  private static final int SCHOOLS = 369;
  private static final int READS = 200;

  public static void main(String[] args) throws Exception {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    TestDatabase database = TestDatabase.named();
    TestRedis redis = new TestRedis();
    try (QuizServer server = TestServer.start(TestServer.environment(database.uri(), TestRedis.URI, redis.prefix()))) {
      System.out.println("Machine: " + machine() + "; load average at start: " + load());
      Http admin = new Http(server.config().httpPort()).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
      long seedStart = System.nanoTime();
      long[] ids;
      try (Connection db = database.connect()) {
        ids = seed(db, people);
      }
      System.out.printf(Locale.ROOT, "Seeded %,d people over %,d organisations in %.1f s%n", people, 1 + DISTRICTS
          + DISTRICTS * BASES_PER_DISTRICT + SCHOOLS, (System.nanoTime() - seedStart) / 1e9);
      // The rollup over everything may outlast an HTTP timeout: it is run here directly, as the schedule runs it.
      ReachJob job = new ReachJob(server.vertx(), server.pool(), ReachSource.standard(),
          new Visits(server.vertx(), server.redis(), server.redisKeys()));
      long jobStart = System.nanoTime();
      long took = job.run().await();
      System.out.printf(Locale.ROOT, "Rollup over everything: %.1f s (job %d ms)%n", (System.nanoTime() - jobStart) / 1e9,
          took);
      long again = System.nanoTime();
      job.run().await();
      System.out.printf(Locale.ROOT, "Rollup with nothing new: %.1f s%n", (System.nanoTime() - again) / 1e9);
      measure(admin, "city view", "/api/reach/orgs/" + ids[0]);
      measure(admin, "district view", "/api/reach/orgs/" + ids[1]);
      measure(admin, "ward view", "/api/reach/orgs/" + ids[2]);
      measure(admin, "city XLSX export", "/api/reach/orgs/" + ids[0] + "/export.xlsx");
      System.out.println("Load average at end: " + load());
    } finally {
      database.close();
      redis.close();
    }
  }

  private static void measure(Http admin, String name, String path) {
    for (int i = 0; i < 5; i++) {
      admin.getRaw(path, "Accept", "*/*");
    }
    long[] ms = new long[READS];
    for (int i = 0; i < READS; i++) {
      long t = System.nanoTime();
      HttpResponse<byte[]> r = admin.getRaw(path, "Accept", "*/*");
      ms[i] = (System.nanoTime() - t) / 1_000;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode());
      }
    }
    Arrays.sort(ms);
    System.out.printf(Locale.ROOT, "%-17s %d reads: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", name, READS,
        ms[READS / 2] / 1e3, ms[(int) (READS * 0.95)] / 1e3, ms[(int) (READS * 0.99)] / 1e3, ms[READS - 1] / 1e3);
  }

  /** The tree, a contest whose units carry the organisations' codes, the people and their activity. Returns city, district, ward ids. */
  private static long[] seed(Connection db, int people) throws Exception {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.execute("INSERT INTO org_unit (code, name, kind, parent_id, settlement, population, invite_code) "
          + "VALUES ('TP', 'Thành phố', 'CITY', NULL, NULL, NULL, md5('TP'))");
      s.execute("INSERT INTO org_unit (code, name, kind, parent_id, settlement, population, invite_code) "
          + "SELECT 'Q' || d, 'Quận ' || d, 'DISTRICT', (SELECT id FROM org_unit WHERE code = 'TP'), "
          + "CASE WHEN d % 3 = 0 THEN 'RURAL' ELSE 'URBAN' END, NULL, md5('Q' || d) FROM generate_series(1, " + DISTRICTS + ") d");
      s.execute("INSERT INTO org_unit (code, name, kind, parent_id, settlement, population, invite_code) "
          + "SELECT 'P' || d || '-' || w, CASE WHEN d % 3 = 0 THEN 'Xã ' ELSE 'Phường ' END || d || '-' || w, "
          + "CASE WHEN d % 3 = 0 THEN 'COMMUNE' ELSE 'WARD' END, (SELECT id FROM org_unit WHERE code = 'Q' || d), "
          + "CASE WHEN d % 3 = 0 THEN 'RURAL' ELSE 'URBAN' END, " + (2 * people / (DISTRICTS * BASES_PER_DISTRICT))
          + ", md5('P' || d || '-' || w) FROM generate_series(1, " + DISTRICTS + ") d, generate_series(1, "
          + BASES_PER_DISTRICT + ") w");
      s.execute("INSERT INTO org_unit (code, name, kind, parent_id, invite_code) "
          + "SELECT 'T' || i, 'Trường ' || i, 'SCHOOL', (SELECT id FROM org_unit WHERE code = 'P' || (1 + i % " + DISTRICTS
          + ") || '-' || (1 + i % " + BASES_PER_DISTRICT + ")), md5('T' || i) FROM generate_series(1, " + SCHOOLS + ") i");
      s.execute("WITH RECURSIVE up (ancestor_id, descendant_id, depth) AS (SELECT id, id, 0 FROM org_unit "
          + "UNION ALL SELECT u.parent_id, up.descendant_id, up.depth + 1 FROM up JOIN org_unit u ON u.id = up.ancestor_id "
          + "WHERE u.parent_id IS NOT NULL) INSERT INTO org_closure SELECT * FROM up");
      s.execute("INSERT INTO contest (title, organiser, owner_id, status, settings) VALUES ('Cuộc thi', 'Đoàn', "
          + "(SELECT id FROM app_user LIMIT 1), 'PUBLISHED', '{}')");
      s.execute("INSERT INTO contest_unit (contest_id, code, name) SELECT (SELECT max(id) FROM contest), code, name "
          + "FROM org_unit WHERE kind IN ('WARD', 'COMMUNE', 'SCHOOL')");
      s.execute("INSERT INTO contest_round (contest_id, number, title, opens_at, closes_at) VALUES "
          + "((SELECT max(id) FROM contest), 1, 'Đợt 1', now() - interval '13 months', now() + interval '1 month')");
      s.execute("CREATE TEMP TABLE units AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM contest_unit");
      s.execute("INSERT INTO contestant (contest_id, unit_id, full_name, name_key, birth_date, phone, code_hash, created_at) "
          + "SELECT (SELECT max(id) FROM contest), u.id, 'Người ' || i, 'nguoi ' || i, date '1990-01-01' + (i % 9000), "
          + "NULL, decode(md5('c' || i), 'hex'), now() - (i % 365) * interval '1 day' "
          + "FROM generate_series(1, " + people + ") i JOIN units u ON u.n = i % (SELECT count(*) FROM units)");
      s.execute("INSERT INTO contest_attempt (contest_id, round_number, contestant_id, practice, questions, question_count, "
          + "started_at, deadline, submitted_at, score, correct, duration_ms) SELECT contest_id, 1, id, false, '[]', 10, "
          + "created_at + interval '1 hour', created_at + interval '2 hours', created_at + interval '90 minutes', "
          + "100 * (id % 11), id % 11, 600000 FROM contestant WHERE id % 2 = 0");
      s.execute("INSERT INTO org_member (org_id, name, code_hash, joined_at) SELECT (SELECT id FROM org_unit WHERE code = "
          + "'T' || (1 + i % " + SCHOOLS + ")), 'Thành viên ' || i, decode(md5('m' || i), 'hex'), now() - (i % 365) * "
          + "interval '1 day' FROM generate_series(1, 50000) i");
      // The data is back-dated over twelve months: the rollup must read it all, not only what came after its
      // first (empty) run at start.
      s.execute("DELETE FROM reach_job");
      s.execute("ANALYZE");
    }
    db.commit();
    List<Long> ids = new ArrayList<>();
    for (String code : new String[] {"TP", "Q1", "P1-1"}) {
      try (PreparedStatement p = db.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
        p.setString(1, code);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          ids.add(r.getLong(1));
        }
      }
    }
    return ids.stream().mapToLong(Long::longValue).toArray();
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static String machine() {
    String model = "?";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (java.io.IOException e) {
      // not Linux
    }
    return Runtime.getRuntime().availableProcessors() + " cores, " + model + ", Java " + System.getProperty("java.version");
  }
}
