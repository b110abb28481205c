package org.tiescan.screen.equipment;

import java.util.List;
import java.util.Optional;
import org.tiescan.graph.NameKey;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.InputException;

/**
 * Which inventory columns hold the vendor, model, MAC address, serial, location and asset id;
 * detected from the headers (case, spaces and punctuation ignored) unless named by the user. Any
 * column may be missing, but a file needs a MAC or a vendor column to be screened.
 */
public record AssetColumns(String vendor, String model, String mac, String serial, String location, String assetId) {
  private static final List<String> VENDOR = List.of("vendor", "manufacturer", "make", "brand", "oem", "mfr", "vendor name", "manufacturer name");
  private static final List<String> MODEL = List.of("model", "model number", "model name", "product");
  private static final List<String> MAC = List.of("mac", "mac address", "macaddress", "mac addr", "hwaddr", "hardware address", "ethernet address");
  private static final List<String> SERIAL = List.of("serial", "serial number", "serialnumber", "serial no", "sn");
  private static final List<String> LOCATION = List.of("location", "site", "room", "building");
  private static final List<String> ASSET_ID = List.of("asset id", "assetid", "asset tag", "asset", "id", "hostname", "host", "name");

  /** Chooses the columns; {@code given} holds the user's choices (null fields: detect). */
  public static AssetColumns detect(String file, List<String> headers, AssetColumns given) {
    AssetColumns g = given == null ? new AssetColumns(null, null, null, null, null, null) : given;
    AssetColumns c = new AssetColumns(pick(file, headers, g.vendor(), VENDOR, "--vendor-column"),
        pick(file, headers, g.model(), MODEL, "--model-column"), pick(file, headers, g.mac(), MAC, "--mac-column"),
        pick(file, headers, g.serial(), SERIAL, "--serial-column"),
        pick(file, headers, g.location(), LOCATION, "--location-column"),
        pick(file, headers, g.assetId(), ASSET_ID, "--asset-id-column"));
    if (c.vendor() == null && c.mac() == null) {
      throw new InputException(new RecordProblem(file, 1, null, "no MAC address or vendor column among the headers "
          + headers + "; name them with --mac-column / --vendor-column (recognised: mac, mac_address, vendor, manufacturer, make)"));
    }
    return c;
  }

  private static String pick(String file, List<String> headers, String given, List<String> wanted, String flag) {
    if (given != null) {
      return headers.stream().filter(h -> h.equalsIgnoreCase(given)).findFirst()
          .orElseThrow(() -> new InputException(new RecordProblem(file, 1, given,
              flag + " names column '" + given + "', but the headers are " + headers)));
    }
    return first(headers, wanted).orElse(null);
  }

  private static Optional<String> first(List<String> headers, List<String> wanted) {
    for (String w : wanted) {
      for (String h : headers) if (NameKey.of(h.replace('_', ' ')).equals(w)) return Optional.of(h);
    }
    return Optional.empty();
  }

  /** For the terminal: the columns found, e.g. {@code vendor=Vendor mac=MAC Address}. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    String[][] named = {{"vendor", vendor}, {"model", model}, {"mac", mac}, {"serial", serial}, {"location", location},
        {"asset_id", assetId}};
    for (String[] n : named) if (n[1] != null) out.append(out.length() == 0 ? "" : " ").append(n[0]).append('=').append(n[1]);
    return out.toString();
  }
}
