package org.tiescan.screen.equipment;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.model.RecordProblem;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.input.InputRecord;

/**
 * Reads an asset inventory (CSV, XLSX or JSON lines) through the screening input readers, so the same
 * encodings, delimiters and row problems apply. A row with a MAC address that is not one, or with
 * neither MAC nor vendor, becomes a problem naming file, line and field; the other rows are read.
 */
public final class InventoryReader {
  private InventoryReader() {}

  /** The result: the columns used and the assets in file order. */
  public record Inventory(List<String> inputColumns, AssetColumns columns, List<Asset> assets) {}

  public static Inventory read(Path file, Charset charset, String sheet, AssetColumns given) {
    try (InputReader in = InputFiles.open(file, charset, sheet)) {
      AssetColumns c = AssetColumns.detect(in.file(), in.columns(), given);
      List<Asset> assets = new ArrayList<>();
      while (in.hasNext()) assets.add(asset(in.file(), in.next(), c));
      return new Inventory(in.columns(), c, assets);
    }
  }

  static Asset asset(String file, InputRecord r, AssetColumns c) {
    if (!r.ok()) return Asset.problem(r.line(), r.fields(), r.problem());
    String mac = get(r, c.mac());
    String vendor = get(r, c.vendor());
    if (!mac.isEmpty() && MacAddress.parse(mac).isEmpty()) {
      return Asset.problem(r.line(), r.fields(), new RecordProblem(file, r.line(), c.mac(),
          "not a MAC address: '" + mac + "' (expected e.g. 44:19:B6:01:02:03, 44-19-B6-01-02-03 or 4419.b601.0203)"));
    }
    if (mac.isEmpty() && vendor.isEmpty()) {
      return Asset.problem(r.line(), r.fields(), new RecordProblem(file, r.line(), c.mac() != null ? c.mac() : c.vendor(),
          "neither a MAC address nor a vendor: nothing to screen"));
    }
    return new Asset(r.line(), get(r, c.assetId()), mac, vendor, get(r, c.model()), get(r, c.serial()),
        get(r, c.location()), r.fields(), null);
  }

  private static String get(InputRecord r, String column) {
    return column == null ? "" : r.get(column);
  }
}
