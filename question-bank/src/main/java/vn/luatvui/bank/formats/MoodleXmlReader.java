package vn.luatvui.bank.formats;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a Moodle XML file ({@code <quiz>} of {@code <question>}s) and hands over each question
 * as a small tree, so memory holds one question at a time. A document type declaration is refused
 * before anything in it is read: Moodle never writes one, and it is how XML external entities
 * (XXE: reading the server's files or addresses) and entity expansion ("billion laughs") attacks
 * come in. The parser is also set to resolve no DTD and no external entity, should one slip by.
 */
final class MoodleXmlReader {
  static final String DOCTYPE = "Tệp XML có khai báo DOCTYPE/ENTITY. Moodle không xuất tệp như vậy, và LuậtVui từ chối "
      + "để chặn tấn công qua thực thể XML (XXE, “billion laughs”). Hãy xuất lại tệp từ Moodle.";
  static final String NOT_QUIZ = "Tệp không phải Moodle XML: phần tử gốc phải là <quiz> (Moodle: Ngân hàng câu hỏi → "
      + "Xuất → Định dạng Moodle XML).";
  private static final int MAX_DEPTH = 16;

  private MoodleXmlReader() {
  }

  /** Base64 of the largest image taken ({@code Images.MAX_BYTES}), with room for line breaks. */
  static final int MAX_EMBEDDED_CHARS = (vn.luatvui.bank.media.Images.MAX_BYTES / 3 + 1) * 4 + 1024 * 1024;

  /** Reads the file, giving each {@code <question>} to the consumer; problems with the file as a whole go to out. */
  static void read(InputStream in, Collector out, Consumer<XmlNode> questions) throws Inputs.Unreadable {
    Watched watched = new Watched(in);
    XMLStreamReader xml;
    try {
      xml = factory().createXMLStreamReader(watched);
    } catch (XMLStreamException e) {
      throw new Inputs.Unreadable("Không đọc được tệp XML: " + e.getMessage());
    }
    Deque<XmlNode> open = new ArrayDeque<>();
    boolean root = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE -> {
            out.fileError(DOCTYPE);
            return;
          }
          case XMLStreamConstants.START_ELEMENT -> {
            String name = xml.getLocalName();
            if (!root) {
              if (!name.equals("quiz")) {
                out.fileError(NOT_QUIZ);
                return;
              }
              root = true;
              continue;
            }
            if (open.isEmpty() && !name.equals("question")) {
              skip(xml);
              continue;
            }
            if (open.size() >= MAX_DEPTH) {
              throw new Inputs.Unreadable("Tệp XML lồng phần tử quá sâu ở dòng " + line(xml.getLocation()) + ".");
            }
            XmlNode node = new XmlNode(name, line(xml.getLocation()));
            for (int i = 0; i < xml.getAttributeCount(); i++) {
              node.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
            if (!open.isEmpty()) {
              open.peek().children.add(node);
            }
            open.push(node);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            XmlNode node = open.peek();
            if (node != null) {
              if (node.name.equals("file")) {
                // An embedded file is kept (as base64 text) only when images can be taken, up to one image's size.
                if (out.options().images() != null && node.skipped == 0
                    && node.text.length() + xml.getTextLength() <= MAX_EMBEDDED_CHARS) {
                  node.text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                } else {
                  node.skipped += xml.getTextLength() + node.text.length();
                  node.text.setLength(0);
                }
              } else {
                node.text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
              }
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (!open.isEmpty()) {
              XmlNode done = open.pop();
              if (open.isEmpty()) {
                questions.accept(done);
              }
            }
          }
          default -> {
          }
        }
      }
      if (!root) {
        out.fileError(NOT_QUIZ);
      }
    } catch (XMLStreamException e) {
      if (watched.tooLarge || Inputs.cause(e, Inputs.TooLarge.class) != null) {
        throw new Inputs.Unreadable(Inputs.TOO_LARGE);
      }
      Location at = e.getLocation();
      out.fileError("Tệp XML bị lỗi" + (at == null ? "" : " ở dòng " + at.getLineNumber() + ", cột "
          + at.getColumnNumber()) + " (phần tử chưa đóng, ký tự & hoặc < không hợp lệ…). Các câu hỏi sau chỗ lỗi không "
          + "được đọc.");
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // nothing left to release
      }
    }
  }

  /** The upload, remembering when it went over the size limit (the XML parser keeps only the message). */
  private static final class Watched extends java.io.FilterInputStream {
    boolean tooLarge;

    Watched(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws java.io.IOException {
      try {
        return super.read();
      } catch (Inputs.TooLarge e) {
        tooLarge = true;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      try {
        return super.read(b, off, len);
      } catch (Inputs.TooLarge e) {
        tooLarge = true;
        throw e;
      }
    }
  }

  /** Skips the element whose start was just read, with everything in it. */
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static int line(Location l) {
    return l == null ? 0 : Math.max(1, l.getLineNumber());
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }
}
