package org.tiescan.screen.equipment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tiescan.model.RecordProblem;

/**
 * One device from an inventory, a network scan or an ARP table.
 *
 * @param line where it was read (line of a CSV/JSON lines/ARP file, row of an XLSX sheet, line of the
 *     nmap {@code <host>} element)
 * @param assetId the inventory's own id, or the host's IP address for scans (may be empty)
 * @param mac the MAC address as written (may be empty)
 * @param vendor the vendor/manufacturer as written, or the vendor nmap shows (may be empty)
 * @param fields every field as read, for the reports
 * @param problem why the line could not be read as an asset, or null
 */
public record Asset(long line, String assetId, String mac, String vendor, String model, String serial,
    String location, Map<String, String> fields, RecordProblem problem) {
  public Asset {
    assetId = assetId == null ? "" : assetId.strip();
    mac = mac == null ? "" : mac.strip();
    vendor = vendor == null ? "" : vendor.strip();
    model = model == null ? "" : model.strip();
    serial = serial == null ? "" : serial.strip();
    location = location == null ? "" : location.strip();
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A line that could not be read; it is reported, not screened. */
  public static Asset problem(long line, Map<String, String> fields, RecordProblem problem) {
    return new Asset(line, "", "", "", "", "", "", fields, problem);
  }
}
