package org.tiescan.sources.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of an XML list record, read into memory only for the length of one record (an
 * sdnEntry, an INDIVIDUAL, a sanctionEntity), never the whole file.
 */
public final class XmlNode {
  private final String name;
  private final long line;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlNode(String name, long line) {
    this.name = name;
    this.line = line;
  }

  public String name() {
    return name;
  }

  /** Line of the element's start tag in the file. */
  public long line() {
    return line;
  }

  /** The element's own text, stripped; "" when it has none. */
  public String text() {
    return text.toString().strip();
  }

  /** The attribute's value, stripped; "" when absent. */
  public String attr(String attribute) {
    String v = attributes.get(attribute);
    return v == null ? "" : v.strip();
  }

  public List<XmlNode> children() {
    return Collections.unmodifiableList(children);
  }

  /** Direct children with this local name. */
  public List<XmlNode> children(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** Descendants reached by a path of local names, e.g. {@code "akaList", "aka"}. */
  public List<XmlNode> all(String... path) {
    List<XmlNode> level = List.of(this);
    for (String step : path) {
      level = level.stream().flatMap(n -> n.children(step).stream()).toList();
    }
    return level;
  }

  /** Text of the first direct child with this name, "" when there is none. */
  public String childText(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) return c.text();
    }
    return "";
  }

  /** Texts of every descendant along the path that are not empty. */
  public List<String> texts(String... path) {
    return all(path).stream().map(XmlNode::text).filter(t -> !t.isEmpty()).toList();
  }

  /** Texts of the named direct children that are not empty, joined by ", " in the order given. */
  public String joined(String... childNames) {
    List<String> parts = new ArrayList<>();
    for (String c : childNames) {
      String v = childText(c);
      if (!v.isEmpty()) parts.add(v);
    }
    return String.join(", ", parts);
  }

  /** Texts (not empty) of every element with this local name below this one, at any depth. */
  public List<String> descendantTexts(String localName) {
    List<String> out = new ArrayList<>();
    for (XmlNode c : children) {
      if (c.name.equals(localName) && !c.text().isEmpty()) out.add(c.text());
      out.addAll(c.descendantTexts(localName));
    }
    return out;
  }

  void attribute(String attribute, String value) {
    attributes.put(attribute, value);
  }

  void append(String characters) {
    text.append(characters);
  }

  void add(XmlNode child) {
    children.add(child);
  }
}
