package vn.luatvui.server.bench;

import static vn.luatvui.server.bench.Latency.max;
import static vn.luatvui.server.bench.Latency.p;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;
import vn.luatvui.bank.formats.ExportedQuestion;
import vn.luatvui.bank.formats.QuestionExporter;
import vn.luatvui.bank.formats.QuestionFormat;
import vn.luatvui.bank.question.Audience;
import vn.luatvui.bank.question.Choice;
import vn.luatvui.bank.question.Citation;
import vn.luatvui.bank.question.QuestionContent;
import vn.luatvui.bank.question.QuestionType;
import vn.luatvui.bank.question.Visibility;
import vn.luatvui.server.QuizServer;
import vn.luatvui.server.bank.BenchAccess;
import vn.luatvui.server.support.Http;
import vn.luatvui.server.support.TestDatabase;
import vn.luatvui.server.support.TestRedis;
import vn.luatvui.server.support.TestServer;

/**
 * The bank's benchmark: search over 100,000 questions through the public API, a 10,000-row XLSX
 * import, and an export of the whole bank in every format. Prints its figures; run it with
 * {@code scripts/bench-bank.sh}.
 */
public final class BankBenchmark {
  private static final String[] SUBJECTS = {"người đi xe mô tô", "trẻ em", "người lao động", "thanh niên",
      "người điều khiển xe ô tô", "học sinh", "người sử dụng lao động", "cha mẹ", "người bán rượu bia",
      "người chưa thành niên", "công dân", "cơ quan, tổ chức", "người đi bộ", "người tham gia giao thông"};
  private static final String[] ACTS = {"có được đội mũ bảo hiểm không", "phải làm gì khi bị bạo lực gia đình",
      "có quyền được bảo vệ dữ liệu cá nhân không", "bị cấm làm gì theo luật", "được làm việc từ bao nhiêu tuổi",
      "có nghĩa vụ gì", "có được uống rượu bia khi lái xe không", "cần mang theo giấy tờ gì",
      "có được sử dụng điện thoại khi lái xe không", "chịu trách nhiệm hình sự từ bao nhiêu tuổi",
      "được cấp thẻ căn cước khi nào", "có quyền được học tập không", "phải khai báo tạm trú ra sao"};
  private static final String[] DOCUMENTS = {"102/2016/QH13", "36/2024/QH15", "100/2015/QH13", "45/2019/QH14",
      "44/2019/QH14", "73/2021/QH14", "13/2022/QH15", "26/2023/QH15", "57/2020/QH14", "91/2015/QH13"};
  private static final String[] QUERIES = {"giao thong", "mu bao hiem", "dieu 9", "tre em", "ruou bia lai xe",
      "lao dong", "Điều 12", "căn cước", "xe mo to", "bao luc gia dinh", "dữ liệu cá nhân", "hoc sinh quyen"};

  private BankBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int questions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int importRows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    boolean exportOnly = args.length > 2 && args[2].equals("export-only");
    boolean imagesOnly = args.length > 2 && args[2].equals("images");
    TestDatabase database = TestDatabase.named();
    TestRedis redis = new TestRedis();
    var env = TestServer.environment(database.uri(), TestRedis.URI, redis.prefix());
    // The benchmark is one client address asking thousands of times a minute, on purpose.
    env.put(vn.luatvui.server.config.HttpEdge.PUBLIC_READS_PER_MINUTE, "10000000");
    // The ZIP of the import with images (a sheet and 200 photos) is larger than the default 20 MB.
    env.put(vn.luatvui.server.config.HttpEdge.UPLOAD_MAX_MB, "50");
    try (QuizServer server = TestServer.start(env)) {
      Http http = new Http(server.config().httpPort()).login(TestServer.ADMIN_EMAIL, TestServer.ADMIN_PASSWORD);
      System.out.printf("Machine: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
      List<Citation> citable = citable(database);
      System.out.printf("Imported rows cite the %,d clauses in force in the starter legal store%n", citable.size());
      if (imagesOnly) {
        importZip(http, importRows, IMAGES, citable);
        return;
      }
      fill(server, database, questions);
      if (!exportOnly) {
        search(http);
        importXlsx(http, importRows, citable);
        importZip(http, importRows, IMAGES, citable);
      }
      exportAll(http);
    } finally {
      database.close();
      redis.close();
    }
  }

  private static void fill(QuizServer server, TestDatabase database, int count) throws Exception {
    long start = System.nanoTime();
    Random random = new Random(42);
    BenchAccess bank = new BenchAccess(server.pool());
    for (int done = 0; done < count; done += 1000) {
      List<QuestionContent> batch = new ArrayList<>();
      for (int i = 0; i < Math.min(1000, count - done); i++) {
        batch.add(randomQuestion(random, done + i));
      }
      bank.insertApproved(batch).await();
    }
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE question");
      s.execute("VACUUM ANALYZE question_citation");
    }
    System.out.printf("Filled %,d approved questions in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
  }

  private static void search(Http http) {
    for (int i = 0; i < 200; i++) {
      http.get(url(QUERIES[i % QUERIES.length], i));
    }
    Histogram all = new Histogram(60_000_000_000L, 3);
    Map<String, Histogram> perQuery = new HashMap<>();
    long totalHits = 0;
    for (int i = 0; i < 3_000; i++) {
      String q = QUERIES[i % QUERIES.length];
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.get(url(q, i));
      long took = System.nanoTime() - t0;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("Search failed: " + r.statusCode() + " " + r.body());
      }
      totalHits += Http.json(r).getLong("total");
      all.recordValue(took);
      perQuery.computeIfAbsent(q, k -> new Histogram(60_000_000_000L, 3)).recordValue(took);
    }
    System.out.println("Public search over HTTP (GET /api/public/questions, page of 20, with the total):");
    perQuery.forEach((q, h) -> System.out.printf("  %-18s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", "\"" + q + "\"",
        p(h, 50), p(h, 95), p(h, 99)));
    System.out.printf("  ALL (%d requests, mean %.0f hits)  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
        all.getTotalCount(), totalHits / (double) all.getTotalCount(), p(all, 50),
        p(all, 95), p(all, 99), max(all));
  }

  private static String url(String q, int i) {
    String filter = switch (i % 4) {
      case 1 -> "&difficulty=2";
      case 2 -> "&document=" + URLEncoder.encode(DOCUMENTS[i % DOCUMENTS.length], StandardCharsets.UTF_8);
      default -> "";
    };
    return "/api/public/questions?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + filter;
  }

  private static void importXlsx(Http http, int rows, List<Citation> citable) throws Exception {
    Random random = new Random(7);
    List<ExportedQuestion> file = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      file.add(new ExportedQuestion(randomQuestion(random, 1_000_000 + i, citable), 20, 1000, null));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuestionExporter.write(QuestionFormat.XLSX_LUATVUI, file, out);
    TimedImport timed = TimedImport.post(http, out.toByteArray());
    var report = Http.json(timed.answer());
    System.out.printf("XLSX import (LuậtVui layout, %,d rows, %.1f MB): HTTP %d, %d created, %d errors in %.1f s "
            + "(reading and checking %.1f s, writing %.1f s)%n", rows, out.size() / 1e6, timed.answer().statusCode(),
        report.getInteger("created"), report.getJsonArray("errors").size(), timed.seconds(), timed.readSeconds(),
        timed.writeSeconds());
    report.getJsonArray("errors").stream().limit(3).forEach(e -> System.out.println("  " + e));
  }

  /**
   * The clauses of the legal store in force today (of documents whose text the store holds), which
   * the import's citation check resolves: what the generated rows cite, so that the commit runs.
   */
  private static List<Citation> citable(TestDatabase database) throws Exception {
    List<Citation> found = new ArrayList<>();
    try (Connection c = database.connect(); Statement s = c.createStatement();
         java.sql.ResultSet rs = s.executeQuery("SELECT p.document_number, p.article, p.clause FROM law_provision p "
             + "JOIN legal_document d ON d.number = p.document_number "
             + "JOIN law_text t ON t.document_number = p.document_number AND t.coverage <> 'NONE' "
             + "WHERE p.article::text ~ '^[0-9]{1,4}$' AND p.clause::text ~ '^[0-9]{1,3}$' AND p.point IS NULL "
             + "AND p.effective_from <= current_date "
             + "AND (p.effective_to IS NULL OR p.effective_to >= current_date) "
             + "AND (d.effective_to IS NULL OR d.effective_to >= current_date) "
             + "ORDER BY p.document_number, p.article, p.clause")) {
      while (rs.next()) {
        found.add(new Citation(rs.getString(1), Integer.parseInt(rs.getString(2)), Integer.parseInt(rs.getString(3)),
            null, null));
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("The starter legal store has no clause in force to cite");
    }
    return found;
  }

  /** Distinct image files in the ZIP of the import with images (each row names one of them). */
  private static final int IMAGES = 200;

  /**
   * A ZIP of a 10,000-row XLSX whose rows each name one of {@code images} photos (1024 × 768 JPEG,
   * re-encoded on import) with a description: the import with images, committed.
   */
  private static void importZip(Http http, int rows, int images, List<Citation> citable) throws Exception {
    Random random = new Random(11);
    List<ExportedQuestion> file = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      QuestionContent q = randomQuestion(random, 2_000_000 + i, citable);
      file.add(new ExportedQuestion(q.withImage("anh/anh-" + (i % images) + ".jpg", "Ảnh minh hoạ số " + (i % images)),
          20, 1000, null));
    }
    ByteArrayOutputStream sheet = new ByteArrayOutputStream();
    QuestionExporter.write(QuestionFormat.XLSX_LUATVUI, file, sheet);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
      out.putNextEntry(new java.util.zip.ZipEntry("cau-hoi.xlsx"));
      out.write(sheet.toByteArray());
      out.closeEntry();
      for (int i = 0; i < images; i++) {
        out.putNextEntry(new java.util.zip.ZipEntry("anh/anh-" + i + ".jpg"));
        out.write(photo(i));
        out.closeEntry();
      }
    }
    TimedImport timed = TimedImport.post(http, zip.toByteArray());
    HttpResponse<String> r = timed.answer();
    var report = Http.json(r);
    if (report.getJsonArray("errors") == null) {
      System.out.printf("ZIP import with images: HTTP %d after %.1f s: %s%n", r.statusCode(), timed.seconds(),
          r.body().substring(0, Math.min(300, r.body().length())));
      return;
    }
    System.out.printf("ZIP import with images (LuậtVui XLSX, %,d rows, %d JPEG photos 1024 × 768, %.1f MB): HTTP %d, "
            + "%d created, %d errors in %.1f s (reading and checking %.1f s, commit: writing the questions and images "
            + "%.1f s)%n", rows, images, zip.size() / 1e6, r.statusCode(), report.getInteger("created"),
        report.getJsonArray("errors").size(), timed.seconds(), timed.readSeconds(), timed.writeSeconds());
    report.getJsonArray("errors").stream().limit(3).forEach(e -> System.out.println("  " + e));
  }

  /** A photo-like JPEG: gradients and noise, so it stays a photo when re-encoded. */
  private static byte[] photo(int seed) throws java.io.IOException {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1024, 768,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    Random random = new Random(seed);
    for (int y = 0; y < 768; y++) {
      for (int x = 0; x < 1024; x++) {
        int n = random.nextInt(8);
        image.setRGB(x, y, ((x / 4 + n + seed) & 0xFF) << 16 | ((y / 3 + n) & 0xFF) << 8 | ((x + y + seed * 7) / 8 & 0xFF));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  /** Every approved question (all of the bank) exported in each format, the file read and thrown away as it comes. */
  private static void exportAll(Http http) throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    System.out.println("Export of the whole bank (GET /api/exports?status=APPROVED, streamed, no cap):");
    for (QuestionFormat format : QuestionFormat.values()) {
      long start = System.nanoTime();
      HttpResponse<java.io.InputStream> r = client.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://127.0.0.1:" + http.port() + "/api/exports?status=APPROVED&format=" + format))
          .header("Cookie", http.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      long bytes;
      try (java.io.InputStream in = r.body()) {
        bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("  %-13s HTTP %d, %6.1f MB, %s skipped, in %5.1f s%n", format, r.statusCode(), bytes / 1e6,
          r.headers().firstValue("X-Skipped-Questions").orElse("?"), seconds);
    }
  }

  /** A question of the filled bank (its citations are not checked there: any Điều of the documents). */
  private static QuestionContent randomQuestion(Random random, int n) {
    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
    String act = ACTS[random.nextInt(ACTS.length)];
    String document = DOCUMENTS[random.nextInt(DOCUMENTS.length)];
    int article = 1 + random.nextInt(120);
    return question(random, n, subject, act, () -> new Citation(document, article, 1 + random.nextInt(5), null, null));
  }

  /** A question to import, citing one of {@code cited} (clauses the legal store has), drawn at random. */
  private static QuestionContent randomQuestion(Random random, int n, List<Citation> cited) {
    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
    String act = ACTS[random.nextInt(ACTS.length)];
    Citation citation = cited.get(random.nextInt(cited.size()));
    return question(random, n, subject, act, () -> citation);
  }

  private static QuestionContent question(Random random, int n, String subject, String act,
                                          java.util.function.Supplier<Citation> citation) {
    Citation cited = citation.get();
    int article = cited.article();
    String text = "Câu " + n + ": theo quy định hiện hành, " + subject + " " + act + "?";
    List<Choice> choices = List.of(new Choice("Có, theo Điều " + article, true), new Choice("Không", false),
        new Choice("Tùy trường hợp " + (n % 97), false), new Choice("Chỉ khi được cho phép " + (n % 89), false));
    return new QuestionContent(QuestionType.SINGLE_CHOICE, text, choices, List.of(),
        "Giải thích số " + n + ": " + subject + " cần nắm quy định tại Điều " + article + ".",
        List.of(cited), List.of(subject.split(" ")[0]), 1 + random.nextInt(3), Audience.MOI_NGUOI, Visibility.PUBLIC,
        null, null).normalized();
  }

}
