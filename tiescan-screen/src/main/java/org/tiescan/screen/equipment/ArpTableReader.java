package org.tiescan.screen.equipment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.InputException;

/**
 * Reads ARP/neighbour tables as the usual commands print them:
 * <ul>
 *   <li>Linux/macOS {@code arp -a}: {@code ? (192.168.1.10) at 44:19:b6:01:02:03 [ether] on eth0}</li>
 *   <li>Windows {@code arp -a}: {@code   192.168.1.10          44-19-b6-01-02-03     dynamic}</li>
 *   <li>Linux {@code ip neigh}: {@code 192.168.1.10 dev eth0 lladdr 44:19:b6:01:02:03 REACHABLE}</li>
 * </ul>
 * Headers ("Interface: …", "Internet Address …") and blank lines are skipped, as are entries without
 * a resolved address ({@code <incomplete>}, {@code FAILED}, {@code INCOMPLETE}): no device answered.
 * Any other line that names an IP address but no readable MAC address is reported as a problem.
 */
public final class ArpTableReader {
  public static final List<String> COLUMNS = List.of("ip", "mac", "interface", "state");

  private static final Pattern UNIX_ARP = Pattern.compile(
      "^(\\S+) \\(([0-9a-fA-F.:]+)\\) at (\\S+)(?: \\[\\w+\\])?(?: on (\\S+))?.*$");
  private static final Pattern WINDOWS_ARP = Pattern.compile(
      "^\\s*(\\d{1,3}(?:\\.\\d{1,3}){3})\\s+([0-9a-fA-F]{2}(?:-[0-9a-fA-F]{2}){5})\\s+(\\w+)\\s*$");
  private static final Pattern IP_NEIGH = Pattern.compile(
      "^([0-9a-fA-F.:]+) dev (\\S+)(?: lladdr (\\S+))?(?: router)?(?: (\\w+))?\\s*$");
  private static final Pattern HAS_IP = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b");

  private ArpTableReader() {}

  public static List<Asset> read(Path file) {
    List<Asset> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String text;
      long line = 0;
      while ((text = r.readLine()) != null) {
        line++;
        Asset a = parse(file.toString(), line, text);
        if (a != null) out.add(a);
      }
    } catch (IOException e) {
      throw new InputException(new RecordProblem(file.toString(), 0, null, "cannot read file: " + e), e);
    }
    return out;
  }

  /** The asset on one line, a problem, or null for lines that hold no device (headers, unresolved). */
  static Asset parse(String file, long line, String text) {
    String t = text.stripTrailing();
    if (t.isBlank() || t.contains("incomplete") || t.contains("FAILED") || t.contains("INCOMPLETE")) return null;
    Matcher m;
    if ((m = UNIX_ARP.matcher(t)).matches()) return asset(file, line, m.group(2), m.group(3), m.group(4), "");
    if ((m = WINDOWS_ARP.matcher(t)).matches()) return asset(file, line, m.group(1), m.group(2), "", m.group(3));
    if ((m = IP_NEIGH.matcher(t)).matches() && m.group(3) != null) {
      return asset(file, line, m.group(1), m.group(3), m.group(2), m.group(4));
    }
    if (!HAS_IP.matcher(t).find() || t.stripLeading().startsWith("Interface:")) return null;
    return Asset.problem(line, Map.of("line", t), new RecordProblem(file, line, "mac",
        "no MAC address in this ARP/neighbour entry (expected `arp -a` or `ip neigh` output): " + t.strip()));
  }

  private static Asset asset(String file, long line, String ip, String mac, String iface, String state) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("ip", ip);
    fields.put("mac", mac);
    fields.put("interface", iface == null ? "" : iface);
    fields.put("state", state == null ? "" : state);
    if (MacAddress.parse(mac).isEmpty()) {
      return Asset.problem(line, fields, new RecordProblem(file, line, "mac", "not a MAC address: '" + mac + "'"));
    }
    return new Asset(line, ip, mac, "", "", "", "", fields, null);
  }
}
