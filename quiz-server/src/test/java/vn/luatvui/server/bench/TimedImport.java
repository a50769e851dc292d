package vn.luatvui.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import vn.luatvui.server.support.Http;

/**
 * A committed import of a LuậtVui XLSX (or a ZIP of one and its images), timed whole and in its two
 * parts: reading and checking the file, then the commit (writing the questions and images in one
 * transaction). The split comes from the import's own progress (GET /api/imports/{id}/progress),
 * asked every 50 ms while the import runs, so it is as exact as that.
 *
 * @param answer       the import's answer
 * @param seconds      from sending the request to its answer
 * @param readSeconds  until the server said it was writing (the whole time when it wrote nothing)
 * @param writeSeconds from then to the answer
 */
record TimedImport(HttpResponse<String> answer, double seconds, double readSeconds, double writeSeconds) {

  static TimedImport post(Http http, byte[] file) throws Exception {
    String id = UUID.randomUUID().toString();
    String base = "http://127.0.0.1:" + http.port() + "/api/imports";
    // The test client gives up after 20 s; this one waits, so a slow import is measured, not cut.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "?format=XLSX_LUATVUI&mode=commit&import=" + id))
        .timeout(Duration.ofMinutes(5)).header("Cookie", http.cookieHeader()).header("X-CSRF-Token", http.csrfToken())
        .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
    HttpRequest progress = HttpRequest.newBuilder(URI.create(base + "/" + id + "/progress"))
        .header("Cookie", http.cookieHeader()).GET().build();
    long start = System.nanoTime();
    long[] writing = {0};
    var answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    while (!answer.isDone() && writing[0] == 0) {
      HttpResponse<String> p = client.send(progress, HttpResponse.BodyHandlers.ofString());
      if (p.statusCode() == 200 && Http.json(p).getString("phase").equals("writing")) {
        writing[0] = System.nanoTime();
      }
      Thread.sleep(50);
    }
    HttpResponse<String> r = answer.get();
    long end = System.nanoTime();
    long split = writing[0] == 0 ? end : writing[0];
    return new TimedImport(r, (end - start) / 1e9, (split - start) / 1e9, (end - split) / 1e9);
  }
}
