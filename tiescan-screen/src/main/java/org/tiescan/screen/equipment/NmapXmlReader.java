package org.tiescan.screen.equipment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.InputException;

/**
 * Reads the hosts of an nmap XML report ({@code nmap -oX}): per {@code <host>}, the IPv4/IPv6 address,
 * the {@code <address addrtype="mac" addr=".." vendor=".."/>} nmap gives for hosts on the local
 * segment, and the first host name. Streamed with StAX; DTDs and external entities are refused.
 */
public final class NmapXmlReader {
  /** The fields each asset carries, in report order. */
  public static final List<String> COLUMNS = List.of("ip", "mac", "vendor", "hostname", "status");

  private NmapXmlReader() {}

  public static List<Asset> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      XMLStreamReader x = f.createXMLStreamReader(in);
      try {
        return hosts(file.toString(), x);
      } finally {
        x.close();
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new InputException(new RecordProblem(file.toString(), line, null, "not well-formed nmap XML: " + e.getMessage()), e);
    } catch (IOException e) {
      throw new InputException(new RecordProblem(file.toString(), 0, null, "cannot read file: " + e), e);
    }
  }

  private static List<Asset> hosts(String file, XMLStreamReader x) throws XMLStreamException {
    List<Asset> out = new ArrayList<>();
    boolean root = false;
    Map<String, String> host = null;
    long line = 0;
    while (x.hasNext()) {
      if (x.next() != XMLStreamConstants.START_ELEMENT && x.getEventType() != XMLStreamConstants.END_ELEMENT) continue;
      String el = x.getLocalName();
      if (x.isStartElement()) {
        if (!root && !"nmaprun".equals(el)) {
          throw new InputException(new RecordProblem(file, x.getLocation().getLineNumber(), el,
              "not an nmap XML report: the root element is <" + el + ">, expected <nmaprun>"));
        }
        root = true;
        if ("host".equals(el)) {
          host = new LinkedHashMap<>();
          line = x.getLocation().getLineNumber();
        } else if (host != null) {
          element(el, x, host);
        }
      } else if ("host".equals(el) && host != null) {
        out.add(asset(file, line, host));
        host = null;
      }
    }
    return out;
  }

  private static void element(String el, XMLStreamReader x, Map<String, String> host) {
    if ("status".equals(el)) host.put("status", attr(x, "state"));
    if ("hostname".equals(el)) host.putIfAbsent("hostname", attr(x, "name"));
    if (!"address".equals(el)) return;
    String type = attr(x, "addrtype");
    if ("mac".equals(type)) {
      host.put("mac", attr(x, "addr"));
      host.put("vendor", attr(x, "vendor"));
    } else if (type.startsWith("ipv")) {
      host.putIfAbsent("ip", attr(x, "addr"));
    }
  }

  private static String attr(XMLStreamReader x, String name) {
    String v = x.getAttributeValue(null, name);
    return v == null ? "" : v;
  }

  private static Asset asset(String file, long line, Map<String, String> host) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String c : COLUMNS) fields.put(c, host.getOrDefault(c, ""));
    String mac = fields.get("mac");
    if (!mac.isEmpty() && MacAddress.parse(mac).isEmpty()) {
      return Asset.problem(line, fields, new RecordProblem(file, line, "address@addr", "not a MAC address: '" + mac + "'"));
    }
    String id = fields.get("ip").isEmpty() ? fields.get("hostname") : fields.get("ip");
    return new Asset(line, id, mac, fields.get("vendor"), "", "", "", fields, null);
  }
}
