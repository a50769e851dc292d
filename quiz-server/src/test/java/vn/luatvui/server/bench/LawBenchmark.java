package vn.luatvui.server.bench;

import static vn.luatvui.server.bench.Latency.max;
import static vn.luatvui.server.bench.Latency.p;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;
import vn.luatvui.server.bank.BenchAccess;
import vn.luatvui.server.law.LawLoader;
import vn.luatvui.server.support.Http;

/**
 * The legal store's benchmark, run against a server in its own process ({@code scripts/bench-laws.sh}):
 * loads a generated store beside the real one into the server's (benchmark-only) database, fills a
 * bank whose questions cite it, then measures search over HTTP (p50/p95/p99 of a query mix), the
 * compressed size of article pages and of a long code's table of contents, and a re-check of every
 * citation of the bank.
 *
 * <p>Arguments: port, admin email, admin password, database name, documents, articles, questions.
 */
public final class LawBenchmark {
  /** Free words, with and without diacritics: people search the same few things again and again. */
  private static final String[] WORDS = {"quyền trẻ em", "bảo vệ môi trường sống", "nghĩa vụ nộp thuế",
      "giao thông đường bộ", "bao ve du lieu ca nhan", "nguoi lao dong", "phong chay chua chay", "doi mu bao hiem",
      "boi thuong thiet hai", "tam tru", "hanh vi bi nghiem cam", "trach nhiem cua doanh nghiep"};
  private static final int SEARCHES = 3_000;

  private LawBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String database = args[3];
    int documents = Integer.parseInt(args[4]);
    int articles = Integer.parseInt(args[5]);
    int questions = Integer.parseInt(args[6]);
    Http admin = new Http(port).login(args[1], args[2]);
    System.out.printf("Load generator: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    // Loading the generated store computes it on a worker for minutes: no blocked-thread warnings here.
    Vertx vertx = Vertx.vertx(new io.vertx.core.VertxOptions().setBlockedThreadCheckInterval(3_600_000L));
    try {
      Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4))
          .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(5432).setDatabase(database).setUser("postgres"))
          .using(vertx).build();
      LawBenchData data = load(vertx, pool, documents, articles);
      fill(pool, data, questions);
      analyze(database);
      search(admin, data);
      sizes(admin, data);
      recheck(admin, questions);
    } finally {
      vertx.close().await();
    }
  }

  private static LawBenchData load(Vertx vertx, Pool pool, int documents, int articles) {
    long start = System.nanoTime();
    LawBenchData data = new LawBenchData(documents, articles);
    var report = new LawLoader(vertx, pool).load(data.files(), LawLoader.Mode.NEW_ONLY).await();
    if (!report.unreadable().isEmpty()) {
      throw new IllegalStateException("Generated files do not read: " + report.unreadable().subList(0, 1));
    }
    System.out.printf("Generated store: %d documents, %,d articles (%d codes of %d, Phần/Chương/Mục), loaded in %.1f s%n",
        data.documents().size(), data.articles(), LawBenchData.CODES, LawBenchData.CODE_ARTICLES,
        (System.nanoTime() - start) / 1e9);
    return data;
  }

  /** Questions citing generated provisions (half with a quote from the text), 1 % citing an Điều that is not there. */
  private static void fill(Pool pool, LawBenchData data, int count) {
    long start = System.nanoTime();
    Random random = new Random(42);
    BenchAccess bank = new BenchAccess(pool);
    for (int done = 0; done < count; done += 1000) {
      List<QuestionContent> batch = new ArrayList<>();
      for (int i = done; i < Math.min(done + 1000, count); i++) {
        batch.add(question(random, data, i));
      }
      bank.insertApproved(batch).await();
    }
    System.out.printf("Filled %,d approved questions citing the generated store in %.1f s%n", count,
        (System.nanoTime() - start) / 1e9);
  }

  private static QuestionContent question(Random random, LawBenchData data, int n) {
    LawBenchData.Generated doc = data.documents().get(random.nextInt(data.documents().size()));
    int article = 1 + random.nextInt(doc.clauses().length);
    Citation citation;
    if (n % 100 == 99) {
      citation = new Citation(doc.number(), 9000 + n % 900, null, null, null);
    } else {
      int clause = 1 + random.nextInt(LawBenchData.CLAUSES);
      String text = doc.clauses()[article - 1][clause - 1];
      boolean point = clause == 2 && random.nextBoolean();
      int p = random.nextInt(LawBenchData.POINTS.length);
      String source = point ? doc.points()[article - 1][clause - 1][p] : text;
      String quote = random.nextBoolean() ? source.substring(0, Math.min(source.length(), 40 + random.nextInt(30))).strip()
          : null;
      citation = new Citation(doc.number(), article, random.nextInt(5) == 0 && !point ? null : clause,
          point ? LawBenchData.POINTS[p] : null, quote);
    }
    String text = "Câu " + n + ": theo " + doc.name() + ", quy định tại Điều " + article + " là gì?";
    return new QuestionContent(QuestionType.SINGLE_CHOICE, text, List.of(new Choice("Đúng như Điều " + article, true),
        new Choice("Không có quy định " + (n % 97), false)), List.of(),
        "Giải thích số " + n + ": xem Điều " + article + ". Câu hai.", List.of(citation), List.of("thử nghiệm"),
        1 + random.nextInt(3), Audience.MOI_NGUOI, Visibility.PUBLIC, null, null).normalized();
  }

  private static void analyze(String database) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", null);
         Statement s = c.createStatement()) {
      for (String table : List.of("law_provision", "law_text", "legal_document", "question", "question_version",
          "question_citation")) {
        s.execute("VACUUM ANALYZE " + table);
      }
      try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM legal_document), (SELECT count(*) FROM "
          + "law_provision WHERE clause IS NULL AND point IS NULL), (SELECT count(*) FROM law_provision)")) {
        rs.next();
        System.out.printf("Store in the database: %d documents in the registry, %,d article rows, %,d provision rows%n",
            rs.getInt(1), rs.getInt(2), rs.getInt(3));
      }
    }
  }

  /**
   * The mix, one request at a time: citation-style searches naming a law and a Điều (the numbers drawn
   * at random, so most are asked for the first time), a Điều across every law, and free words. Each
   * request is also recorded by kind, and apart when its exact query was never asked before (the
   * server cannot have it in memory).
   */
  private static void search(Http http, LawBenchData data) {
    Random random = new Random(11);
    for (int i = 0; i < 300; i++) {
      http.get(url(query(random, data, i)));
    }
    Histogram all = new Histogram(60_000_000_000L, 3);
    Histogram firstTime = new Histogram(60_000_000_000L, 3);
    Map<String, Histogram> perKind = new LinkedHashMap<>();
    java.util.Set<String> asked = new java.util.HashSet<>();
    long hits = 0;
    for (int i = 0; i < SEARCHES; i++) {
      String q = query(random, data, i);
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.get(url(q));
      long took = System.nanoTime() - t0;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("Search failed: " + r.statusCode() + " " + r.body());
      }
      hits += Http.json(r).getInteger("total");
      all.recordValue(took);
      if (asked.add(q)) {
        firstTime.recordValue(took);
      }
      perKind.computeIfAbsent(kind(i), k -> new Histogram(60_000_000_000L, 3)).recordValue(took);
    }
    System.out.println("Search over HTTP (GET /api/laws/search, at most 60 articles, sequential):");
    perKind.forEach((k, h) -> print("  " + k, h));
    print("  asked for the first time (" + firstTime.getTotalCount() + ")", firstTime);
    print(String.format("  ALL (%d requests, mean %.0f hits)", all.getTotalCount(), hits / (double) all.getTotalCount()),
        all);
  }

  private static void print(String label, Histogram h) {
    System.out.printf("%-52s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", label,
        p(h, 50), p(h, 95), p(h, 99),
        max(h));
  }

  private static String kind(int i) {
    return switch (i % 8) {
      case 0 -> "\"dieu N luat tre em\"";
      case 1 -> "\"khoan K dieu N luat tre em\"";
      case 2 -> "\"Điều N Bộ luật Hình sự\"";
      case 3 -> "\"dieu N luat thu nghiem so D\" (generated)";
      case 4 -> "\"dieu N\" (every law)";
      default -> "free words (" + WORDS.length + " phrases)";
    };
  }

  private static String query(Random random, LawBenchData data, int i) {
    return switch (i % 8) {
      case 0 -> "dieu " + (1 + random.nextInt(106)) + " luat tre em";
      case 1 -> "khoan " + (1 + random.nextInt(3)) + " dieu " + (1 + random.nextInt(106)) + " luat tre em";
      case 2 -> "Điều " + (1 + random.nextInt(426)) + " Bộ luật Hình sự";
      case 3 -> "dieu " + (1 + random.nextInt(200)) + " luat thu nghiem so " + (LawBenchData.CODES
          + random.nextInt(data.documents().size() - LawBenchData.CODES));
      case 4 -> "dieu " + (1 + random.nextInt(300));
      default -> WORDS[random.nextInt(WORDS.length)];
    };
  }

  private static String url(String q) {
    return "/api/laws/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  /** Bytes on the wire with gzip (what a browser gets), beside the plain size. */
  private static void sizes(Http http, LawBenchData data) {
    System.out.println("Page sizes (API JSON, plain → gzip as served):");
    String code = data.documents().get(0).number().replace('/', '-');
    size(http, "article: Điều 9 Luật Trẻ em", "/api/laws/documents/102-2016-QH13/articles/9");
    size(http, "article: Điều 51 Bộ luật Hình sự", "/api/laws/documents/100-2015-QH13/articles/51");
    size(http, "article: Điều 3 Bộ luật Hình sự", "/api/laws/documents/100-2015-QH13/articles/3");
    size(http, "article: Điều 350 generated code", "/api/laws/documents/" + code + "/articles/350");
    size(http, "first page: Bộ luật Hình sự (toc)", "/api/laws/documents/100-2015-QH13");
    size(http, "first page: Bộ luật Dân sự (toc)", "/api/laws/documents/91-2015-QH13");
    size(http, "first page: generated code, 700 Điều", "/api/laws/documents/" + code);
  }

  private static void size(Http http, String label, String path) {
    int plain = http.getRaw(path, "Accept-Encoding", "identity").body().length;
    HttpResponse<byte[]> gz = http.getRaw(path, "Accept-Encoding", "gzip");
    String encoding = gz.headers().firstValue("Content-Encoding").orElse("none");
    System.out.printf("  %-38s %7.1f KB → %6.1f KB (%s)%n", label, plain / 1024.0, gz.body().length / 1024.0, encoding);
  }

  private static void recheck(Http admin, int questions) {
    for (int run = 1; run <= 2; run++) {
      long start = System.nanoTime();
      HttpResponse<String> r = admin.post("/api/laws/citations/check", new io.vertx.core.json.JsonObject());
      double seconds = (System.nanoTime() - start) / 1e9;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("Check failed: " + r.statusCode() + " " + r.body());
      }
      System.out.printf("Re-check of every citation (POST /api/laws/citations/check, %,d generated questions + the "
          + "starter bank), run %d: %.2f s, %s%n", questions, run, seconds, r.body());
    }
  }
}
