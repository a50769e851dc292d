package vn.luatvui.bank.formats;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.luatvui.bank.law.text.Article;
import vn.luatvui.bank.law.text.Clause;
import vn.luatvui.bank.law.text.Division;
import vn.luatvui.bank.law.text.Node;
import vn.luatvui.bank.law.text.Point;

/**
 * The body of an Akoma Ntoso act, with identifiers after the Akoma Ntoso naming convention: a
 * division's {@code eId} carries its parents' ({@code part_1__chp_I__sec_2}); an article starts anew
 * ({@code art_10}) and its paragraphs and points carry it ({@code art_10__para_1__point_a}).
 */
final class AknBody {
  private final XMLStreamWriter x;
  private int parts;

  AknBody(XMLStreamWriter x) {
    this.x = x;
  }

  void write(List<Node> body) throws XMLStreamException {
    x.writeStartElement("body");
    if (body.isEmpty()) {
      // A partial text may hold no article at all; the body still needs a container.
      x.writeStartElement("hcontainer");
      x.writeAttribute("name", "noText");
      x.writeAttribute("eId", "hcontainer_1");
      AkomaNtoso.lines(x, "content", List.of());
      x.writeEndElement();
    }
    nodes(body, "");
    x.writeEndElement();
  }

  private void nodes(List<Node> nodes, String parent) throws XMLStreamException {
    for (Node n : nodes) {
      if (n instanceof Division d) {
        division(d, parent);
      } else if (n instanceof Article a) {
        article(a);
      }
    }
  }

  private void division(Division d, String parent) throws XMLStreamException {
    String element = switch (d.kind()) {
      case PART -> "part";
      case CHAPTER -> "chapter";
      case SECTION -> "section";
      case SUBSECTION -> "subsection";
    };
    String prefix = switch (d.kind()) {
      case PART -> "part";
      case CHAPTER -> "chp";
      case SECTION -> "sec";
      case SUBSECTION -> "subsec";
    };
    // Phần are numbered in words ("thứ nhất"): their identifier counts them instead.
    String number = d.kind() == vn.luatvui.bank.law.text.DivisionKind.PART ? String.valueOf(++parts) : d.number();
    String eId = (parent.isEmpty() ? "" : parent + "__") + prefix + "_" + number;
    x.writeStartElement(element);
    x.writeAttribute("eId", eId);
    text("num", d.heading());
    if (!d.name().isEmpty()) {
      text("heading", d.name());
    }
    nodes(d.children(), eId);
    x.writeEndElement();
  }

  private void article(Article a) throws XMLStreamException {
    String eId = "art_" + a.number();
    x.writeStartElement("article");
    x.writeAttribute("eId", eId);
    text("num", "Điều " + a.number() + ".");
    if (!a.title().isEmpty()) {
      text("heading", a.title());
    }
    boolean parts = !a.clauses().isEmpty() || !a.points().isEmpty();
    if (!parts) {
      AkomaNtoso.lines(x, "content", a.text());
    } else {
      if (!a.text().isEmpty()) {
        AkomaNtoso.lines(x, "intro", a.text());
      }
      for (Clause c : a.clauses()) {
        clause(c, eId);
      }
      for (Point p : a.points()) {
        point(p, eId);
      }
    }
    x.writeEndElement();
  }

  private void clause(Clause c, String article) throws XMLStreamException {
    String eId = article + "__para_" + c.number();
    x.writeStartElement("paragraph");
    x.writeAttribute("eId", eId);
    text("num", c.number() + ".");
    if (c.points().isEmpty()) {
      AkomaNtoso.lines(x, "content", c.text());
    } else {
      if (!c.text().isEmpty()) {
        AkomaNtoso.lines(x, "intro", c.text());
      }
      for (Point p : c.points()) {
        point(p, eId);
      }
    }
    x.writeEndElement();
  }

  private void point(Point p, String parent) throws XMLStreamException {
    x.writeStartElement("point");
    x.writeAttribute("eId", parent + "__point_" + p.number());
    text("num", p.number() + ")");
    AkomaNtoso.lines(x, "content", p.text());
    x.writeEndElement();
  }

  private void text(String element, String value) throws XMLStreamException {
    x.writeStartElement(element);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
