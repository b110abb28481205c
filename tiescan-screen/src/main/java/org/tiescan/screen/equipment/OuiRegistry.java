package org.tiescan.screen.equipment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The IEEE MAC address registries (MA-L, MA-M, MA-S) as IEEE publishes them
 * ({@code Registry,Assignment,Organization Name,Organization Address}; plain or gzipped). A lookup
 * takes the longest assigned prefix: an MA-S block inside an MA-L block that IEEE keeps for small
 * assignments (e.g. 70:B3:D5) names the small block's owner.
 */
public final class OuiRegistry {
  /** The file names IEEE uses, as read from a registry directory. */
  public static final List<String> FILES = List.of("oui.csv", "mam.csv", "oui36.csv");

  private final Map<String, OuiBlock> blocks;

  private OuiRegistry(Map<String, OuiBlock> blocks) {
    this.blocks = Map.copyOf(blocks);
  }

  /** Reads the registry files of a directory ({@link #FILES}, each optionally {@code .gz}). */
  public static OuiRegistry loadDirectory(Path dir) throws IOException {
    List<Path> files = FILES.stream().map(dir::resolve)
        .map(p -> Files.exists(p) ? p : p.resolveSibling(p.getFileName() + ".gz"))
        .filter(Files::exists).toList();
    if (files.isEmpty()) throw new IOException("no IEEE registry file (" + String.join(", ", FILES) + ") in " + dir);
    return load(files);
  }

  /** Reads the given registry files. @throws IOException naming file and line of a bad row */
  public static OuiRegistry load(Collection<Path> files) throws IOException {
    Map<String, OuiBlock> blocks = new HashMap<>();
    for (Path f : files) {
      try (InputStream in = open(f); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        read(f.toString(), r, blocks);
      }
    }
    return new OuiRegistry(blocks);
  }

  private static InputStream open(Path f) throws IOException {
    InputStream in = Files.newInputStream(f);
    return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
  }

  private static void read(String file, Reader r, Map<String, OuiBlock> blocks) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord row : format.parse(r)) {
      if (!row.isConsistent() || !row.isMapped("Assignment")) {
        throw new IOException(file + " line " + (row.getRecordNumber() + 1) + ": not an IEEE registry row "
            + "(expected Registry,Assignment,Organization Name,Organization Address)");
      }
      String prefix = row.get("Assignment").strip().toUpperCase(Locale.ROOT);
      if (!prefix.matches("[0-9A-F]{6}|[0-9A-F]{7}|[0-9A-F]{9}")) {
        throw new IOException(file + " line " + (row.getRecordNumber() + 1) + " field Assignment: not a 6, 7 or 9 digit hex prefix: " + prefix);
      }
      blocks.put(prefix, new OuiBlock(row.get("Registry").strip(), prefix, row.get("Organization Name").strip()));
    }
  }

  /** The block with the longest prefix of {@code mac}, if any is assigned. */
  public Optional<OuiBlock> lookup(MacAddress mac) {
    for (int len : new int[] {9, 7, 6}) {
      OuiBlock b = blocks.get(mac.hex().substring(0, len));
      if (b != null) return Optional.of(b);
    }
    return Optional.empty();
  }

  /** Every block, for tests and statistics. */
  public Collection<OuiBlock> blocks() {
    return blocks.values();
  }

  public int size() {
    return blocks.size();
  }
}
