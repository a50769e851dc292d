package vn.luatvui.server.law;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.luatvui.bank.formats.LegalStoreJson;
import vn.luatvui.bank.law.store.LawStore;
import vn.luatvui.bank.law.store.ProvisionChange;
import vn.luatvui.bank.law.store.ProvisionPeriod;
import vn.luatvui.bank.law.text.Article;
import vn.luatvui.bank.law.text.LawDocument;
import vn.luatvui.bank.law.text.ProvisionPath;
import vn.luatvui.bank.text.VietnameseText;

/**
 * The rows one document contributes to {@code law_provision} and {@code law_change}, computed from
 * the store, with a hash that tells whether they differ from those already stored.
 */
record LawRows(String number, List<Tuple> provisions, List<Tuple> changes, String hash) {
  static final ObjectMapper JSON = LegalStoreJson.mapper();
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  static LawRows of(LawStore store, LawDocument d) {
    String number = d.number();
    List<ProvisionPeriod> periods = store.periods(number);
    Map<ProvisionPath, Integer> position = new TreeMap<>();
    periods.forEach(p -> position.put(p.path(), 0));
    int i = 0;
    for (var e : position.entrySet()) {
      e.setValue(i++);
    }
    StringBuilder canonical = new StringBuilder();
    List<Tuple> provisions = new ArrayList<>();
    for (ProvisionPeriod p : periods) {
      boolean article = p.path().level() == ProvisionPath.Level.ARTICLE;
      String text = p.unit().plainText();
      String title = article ? ((Article) p.unit()).title() : null;
      String folded = article ? VietnameseText.fold(d.header().name() + " " + number + " | " + text) : "";
      provisions.add(Tuple.of(number, p.path().article()).addValue(p.path().clause())
          .addValue(p.path().point()).addInteger(position.get(p.path())).addValue(title)
          .addArrayOfString(p.divisions().toArray(String[]::new)).addString(text).addString(matchText(text))
          .addString(folded).addValue(article ? json(p.unit()) : null).addLocalDate(p.from()).addLocalDate(p.to())
          .addValue(p.changedBy()));
      canonical.append(p).append('\n');
    }
    List<Tuple> changes = new ArrayList<>();
    for (LawStore.Affected a : store.affected(number)) {
      ProvisionChange c = a.change();
      changes.add(Tuple.of(number, a.path().article()).addValue(a.path().clause())
          .addValue(a.path().point()).addLocalDate(c.from()).addString(c.kind().name()).addString(c.byDocument())
          .addValue(c.byProvision() == null ? null : c.byProvision().toString()).addString(c.target().toString())
          .addValue(c.before()).addValue(c.after()));
      canonical.append(a).append('\n');
    }
    return new LawRows(number, provisions, changes, sha256(canonical.toString()));
  }

  /** The text quotes are matched in: NFC, every run of white space one space. */
  static String matchText(String text) {
    return SPACE.matcher(VietnameseText.nfc(text)).replaceAll(" ").strip();
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
