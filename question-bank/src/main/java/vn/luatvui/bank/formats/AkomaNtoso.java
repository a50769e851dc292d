package vn.luatvui.bank.formats;

import java.io.StringWriter;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.luatvui.bank.law.text.DocumentHeader;
import vn.luatvui.bank.law.text.LawDocument;

/**
 * A document of the legal store as Akoma Ntoso 3.0 XML (OASIS LegalDocML): one {@code <act>} with its
 * FRBR identification (work, expression in Vietnamese, this manifestation), the preamble, the body
 * (Phần, Chương, Mục, Tiểu mục as part, chapter, section, subsection; Điều, khoản, điểm as article,
 * paragraph, point, each with its {@code eId}) and the closing words as conclusions. The text is the
 * text the store holds, line for line (one {@code <p>} a line); an amending document's structured
 * changes are not expressed (its body quotes the new wording as the printed law does).
 */
public final class AkomaNtoso {
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  private AkomaNtoso() {
  }

  /** "102/2016/QH13" → "102-2016-qh13", "168/2024/NĐ-CP" → "168-2024-nd-cp": the number in an address. */
  public static String slug(String number) {
    String folded = Normalizer.normalize(number.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** The work's FRBR address: /akn/vn/act/{kind}/{day passed}/{number}. */
  public static String workUri(DocumentHeader h) {
    return "/akn/vn/act/" + slug(h.kind().label()) + "/" + day(h) + "/" + slug(h.number());
  }

  /** The file name of the document in an export: its number as in the address, with {@code .xml}. */
  public static String fileName(LawDocument d) {
    return slug(d.number()) + ".xml";
  }

  public static String write(LawDocument d) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("akomaNtoso");
      x.writeDefaultNamespace(NAMESPACE);
      x.writeStartElement("act");
      x.writeAttribute("name", slug(d.header().kind().label()));
      meta(x, d.header());
      preface(x, d.header());
      if (!d.text().preamble().isEmpty()) {
        lines(x, "preamble", d.text().preamble());
      }
      new AknBody(x).write(d.text().body());
      if (!d.text().closing().isEmpty()) {
        lines(x, "conclusions", d.text().closing());
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Akoma Ntoso of " + d.number() + " could not be written", e);
    }
    return out.toString();
  }

  private static void meta(XMLStreamWriter x, DocumentHeader h) throws XMLStreamException {
    String work = workUri(h);
    String expression = work + "/vie@";
    String issuer = "#" + slug(h.issuer());
    x.writeStartElement("meta");
    x.writeStartElement("identification");
    x.writeAttribute("source", "#luatvui");
    frbr(x, "FRBRWork", work, work + "/!main", day(h), issuer);
    empty(x, "FRBRcountry", "value", "vn");
    empty(x, "FRBRnumber", "value", h.number());
    empty(x, "FRBRname", "value", h.name());
    x.writeEndElement();
    frbr(x, "FRBRExpression", expression, expression + "/!main", day(h), issuer);
    empty(x, "FRBRlanguage", "language", "vie");
    x.writeEndElement();
    frbr(x, "FRBRManifestation", expression + ".akn", expression + "/!main.xml",
        h.readOn() == null ? day(h) : h.readOn().toString(), "#luatvui");
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement("references");
    x.writeAttribute("source", "#luatvui");
    organisation(x, "luatvui", "LuậtVui");
    organisation(x, slug(h.issuer()), h.issuer());
    x.writeEndElement();
    x.writeEndElement();
  }

  /** Opens the FRBR level with this, uri, date and author; the caller adds its own elements and closes it. */
  private static void frbr(XMLStreamWriter x, String level, String uri, String self, String date, String author)
      throws XMLStreamException {
    x.writeStartElement(level);
    empty(x, "FRBRthis", "value", self);
    empty(x, "FRBRuri", "value", uri);
    x.writeEmptyElement("FRBRdate");
    x.writeAttribute("date", date);
    x.writeAttribute("name", "Generation");
    empty(x, "FRBRauthor", "href", author);
  }

  private static void organisation(XMLStreamWriter x, String id, String name) throws XMLStreamException {
    x.writeEmptyElement("TLCOrganization");
    x.writeAttribute("eId", id);
    x.writeAttribute("href", "/ontology/organization/vn/" + id);
    x.writeAttribute("showAs", name);
  }

  private static void preface(XMLStreamWriter x, DocumentHeader h) throws XMLStreamException {
    x.writeStartElement("preface");
    x.writeStartElement("p");
    x.writeStartElement("docNumber");
    x.writeCharacters(h.number());
    x.writeEndElement();
    x.writeCharacters(" ");
    x.writeStartElement("docTitle");
    x.writeCharacters(h.name());
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }

  static void lines(XMLStreamWriter x, String element, List<String> lines) throws XMLStreamException {
    x.writeStartElement(element);
    if (lines.isEmpty()) {
      x.writeEmptyElement("p");
    }
    for (String line : lines) {
      x.writeStartElement("p");
      x.writeCharacters(line);
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  private static void empty(XMLStreamWriter x, String element, String attribute, String value) throws XMLStreamException {
    x.writeEmptyElement(element);
    x.writeAttribute(attribute, value);
  }

  private static String day(DocumentHeader h) {
    LocalDate d = h.passed() != null ? h.passed() : h.effectiveFrom() != null ? h.effectiveFrom() : h.readOn();
    return d == null ? "0001-01-01" : d.toString();
  }
}
