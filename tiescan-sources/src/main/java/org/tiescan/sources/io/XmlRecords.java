package org.tiescan.sources.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.SourceFormatException;

/**
 * Streams an XML list file with StAX and hands over one record element at a time as a small
 * {@link XmlNode} tree. The root element must be the expected one; malformed or truncated XML is a
 * {@link SourceFormatException} naming the file and line, because an XML file cut short cannot be
 * resumed at the next record. DTDs and external entities are refused (the lists use neither, and
 * they would let a downloaded file read local files).
 */
public final class XmlRecords {
  private final String expectedRoot;
  private final Set<String> recordNames;

  /**
   * @param expectedRoot local name of the document element, e.g. {@code sdnList}
   * @param recordNames local names of the elements to hand over, at any depth below the root
   */
  public XmlRecords(String expectedRoot, Set<String> recordNames) {
    this.expectedRoot = expectedRoot;
    this.recordNames = Set.copyOf(recordNames);
  }

  /**
   * Reads the file; {@code root} receives the document element (attributes only, no children)
   * before any record, {@code records} each record element in file order.
   */
  public void read(Path file, Consumer<XmlNode> root, Consumer<XmlNode> records) throws IOException {
    try (Reader in = TextInputs.openText(file)) {
      XMLStreamReader xml = factory().createXMLStreamReader(in);
      try {
        readDocument(file, xml, root, records);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw notWellFormed(file, e);
    } catch (SourceFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // some StAX parsers report malformed input from getText() wrapped in an unchecked exception
      if (e.getCause() instanceof XMLStreamException x) throw notWellFormed(file, x);
      throw e;
    }
  }

  private static SourceFormatException notWellFormed(Path file, XMLStreamException e) {
    long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
    return new SourceFormatException(new RecordProblem(file.toString(), line, null,
        "not well-formed XML (truncated or damaged file?): " + firstLine(e.getMessage())));
  }

  private void readDocument(Path file, XMLStreamReader xml, Consumer<XmlNode> root, Consumer<XmlNode> records)
      throws XMLStreamException {
    boolean sawRoot = false;
    Deque<XmlNode> open = new ArrayDeque<>();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!sawRoot) {
          checkRoot(file, xml);
          root.accept(start(xml));
          sawRoot = true;
        } else if (!open.isEmpty() || recordNames.contains(xml.getLocalName())) {
          XmlNode node = start(xml);
          if (!open.isEmpty()) open.peek().add(node);
          open.push(node);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
        XmlNode done = open.pop();
        if (open.isEmpty()) records.accept(done);
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !open.isEmpty()) {
        open.peek().append(xml.getText());
      }
    }
    if (!sawRoot) {
      throw new SourceFormatException(new RecordProblem(file.toString(), 1, null, "empty file: no <" + expectedRoot + "> element"));
    }
  }

  private void checkRoot(Path file, XMLStreamReader xml) {
    if (!expectedRoot.equals(xml.getLocalName())) {
      throw new SourceFormatException(new RecordProblem(file.toString(), xml.getLocation().getLineNumber(), null,
          "expected <" + expectedRoot + "> as the document element, found <" + xml.getLocalName() + ">"));
    }
  }

  private static XmlNode start(XMLStreamReader xml) {
    XmlNode node = new XmlNode(xml.getLocalName(), xml.getLocation().getLineNumber());
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      node.attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    return node;
  }

  private static XMLInputFactory factory() {
    // the JDK's own parser, whatever StAX implementation another library puts on the class path
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  private static String firstLine(String message) {
    if (message == null) return "unreadable";
    String m = message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(m.lastIndexOf('\n') + 1).strip();
  }
}
