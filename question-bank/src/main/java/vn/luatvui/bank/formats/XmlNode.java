package vn.luatvui.bank.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a Moodle XML question, read by {@link MoodleXmlReader}: its name, attributes,
 * text and children, and the line it starts on (for errors). The content of a {@code <file>} (an
 * embedded image in base64) is not kept, only its length.
 */
final class XmlNode {
  final String name;
  final int line;
  final Map<String, String> attributes = new LinkedHashMap<>();
  final List<XmlNode> children = new ArrayList<>();
  final StringBuilder text = new StringBuilder();
  long skipped;

  XmlNode(String name, int line) {
    this.name = name;
    this.line = line;
  }

  /** The first child of that name, or null. */
  XmlNode child(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return c;
      }
    }
    return null;
  }

  List<XmlNode> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  String attribute(String key) {
    return attributes.get(key);
  }

  /** The element's own text, stripped; empty when none. */
  String value() {
    return text.toString().strip();
  }

  /** The text of the {@code <text>} child (Moodle wraps every text so), or of the element itself. */
  String textValue() {
    XmlNode t = child("text");
    return t == null ? value() : t.text.toString();
  }

  /** The value of a child element like {@code <single>true</single>}; null when absent. */
  String childValue(String childName) {
    XmlNode c = child(childName);
    return c == null ? null : c.value();
  }
}
