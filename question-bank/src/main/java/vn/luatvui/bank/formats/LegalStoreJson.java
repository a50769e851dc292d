package vn.luatvui.bank.formats;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import vn.luatvui.bank.law.text.Article;
import vn.luatvui.bank.law.text.Clause;
import vn.luatvui.bank.law.text.Division;
import vn.luatvui.bank.law.text.LawDocument;
import vn.luatvui.bank.law.text.Node;
import vn.luatvui.bank.law.text.Point;
import vn.luatvui.bank.law.text.Unit;

/**
 * The legal store's lossless JSON form: every document as its file gives it (header, body with its
 * divisions, Điều, khoản, điểm and đoạn, changes with their wording). Written and read back, a
 * document is equal to the one written. Units carry {@code "type"}: division, article, clause, point.
 */
public final class LegalStoreJson {
  /** The name and version written at the top of an export. */
  public static final String FORMAT = "luatvui-legal-store";
  public static final int VERSION = 1;

  /** The top of an export. */
  public record Export(String format, int version, List<LawDocument> documents) {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = Division.class, name = "division"),
      @JsonSubTypes.Type(value = Article.class, name = "article")})
  private interface NodeTypes {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = Article.class, name = "article"),
      @JsonSubTypes.Type(value = Clause.class, name = "clause"),
      @JsonSubTypes.Type(value = Point.class, name = "point")})
  private interface UnitTypes {
  }

  private static final ObjectMapper MAPPER = mapper();

  private LegalStoreJson() {
  }

  /** A mapper that writes and reads the store's types; callers may use it to embed units in other JSON. */
  public static ObjectMapper mapper() {
    return new ObjectMapper().registerModule(new JavaTimeModule())
        .addMixIn(Node.class, NodeTypes.class)
        .addMixIn(Unit.class, UnitTypes.class)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  public static String write(List<LawDocument> documents) {
    try {
      return MAPPER.writeValueAsString(new Export(FORMAT, VERSION, documents));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads an export; a wrong format name or version is refused. */
  public static List<LawDocument> read(String json) {
    try {
      Export export = MAPPER.readValue(json, Export.class);
      if (!FORMAT.equals(export.format()) || export.version() != VERSION) {
        throw new IllegalArgumentException("not a " + FORMAT + " version " + VERSION + " export");
      }
      return export.documents();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable legal store JSON: " + e.getOriginalMessage(), e);
    }
  }
}
