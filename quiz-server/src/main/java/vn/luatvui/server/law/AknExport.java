package vn.luatvui.server.law;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.luatvui.bank.formats.AkomaNtoso;
import vn.luatvui.bank.law.text.LawDocument;
import vn.luatvui.bank.law.text.TextCoverage;

/**
 * The whole legal store as Akoma Ntoso: a zip of one XML document per law whose text the store holds
 * ({@code 102-2016-qh13.xml}, …), written off the event loop. Documents kept without text are left
 * out (the JSON export has them). Cacheable like the rest of {@code /api/laws}.
 */
public final class AknExport {
  private final LawTextStore store;

  public AknExport(Pool pool) {
    this.store = new LawTextStore(pool);
  }

  public void send(RoutingContext ctx) {
    store.stored()
        .compose(stored -> ctx.vertx().executeBlocking(() -> zip(stored.values().stream()
            .map(LawTextStore.Stored::document).toList()), false))
        .onSuccess(bytes -> {
          String etag = "\"" + LawRows.sha256(new String(bytes, StandardCharsets.ISO_8859_1)).substring(0, 32) + "\"";
          ctx.response().putHeader("ETag", etag).putHeader("Cache-Control", Cacheable.CACHE_CONTROL);
          if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
            ctx.response().setStatusCode(304).end();
            return;
          }
          ctx.response().setStatusCode(200).putHeader("Content-Type", "application/zip")
              .putHeader("Content-Disposition", "attachment; filename=\"luatvui-kho-van-ban-akn.zip\"")
              .end(Buffer.buffer(bytes));
        })
        .onFailure(ctx::fail);
  }

  static byte[] zip(Collection<LawDocument> documents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (LawDocument d : documents.stream().sorted(Comparator.comparing(LawDocument::number)).toList()) {
        if (d.header().coverage() == TextCoverage.NONE) {
          continue;
        }
        // A fixed time keeps the archive's bytes, and so its ETag, the same while the store is.
        ZipEntry entry = new ZipEntry(AkomaNtoso.fileName(d));
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(AkomaNtoso.write(d).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
