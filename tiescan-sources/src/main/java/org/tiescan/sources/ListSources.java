package org.tiescan.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.model.Dataset;
import org.tiescan.sources.compiled.BisMieuSource;
import org.tiescan.sources.compiled.Dod1260hSource;
import org.tiescan.sources.compiled.EuHumanRightsSource;
import org.tiescan.sources.compiled.FccCoveredSource;
import org.tiescan.sources.compiled.NdaaSectionSource;
import org.tiescan.sources.compiled.UflpaPartialSource;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.sources.csl.CslJsonSource;
import org.tiescan.sources.ftm.FtmJsonlSource;
import org.tiescan.sources.intl.EuFsfXmlSource;
import org.tiescan.sources.intl.UkSanctionsListSource;
import org.tiescan.sources.intl.UnScXmlSource;
import org.tiescan.sources.io.TextInputs;
import org.tiescan.sources.ofac.OfacLegacySource;
import org.tiescan.sources.ofac.OfacXmlSource;

/**
 * The registry of list readers by name, e.g. {@code ListSources.forName("us-csl", path)}. Names:
 * <ul>
 *   <li>{@code us-csl}: trade.gov CSL, CSV (or the JSON form when the file name ends in .json[.gz])
 *   <li>{@code us-csl-json}: trade.gov CSL, JSON form
 *   <li>{@code us-ofac-sdn}, {@code us-ofac-cons}: OFAC legacy delimited files, a directory
 *   <li>{@code ftm}: FollowTheMoney JSON lines (dataset named after the file)
 *   <li>compiled third-party files, read from a user-given path and never bundled:
 *       {@code us-dod-1260h}, {@code us-ndaa-889}, {@code us-ndaa-1286}, {@code us-ndaa-5949},
 *       {@code us-ndaa-154}, {@code us-bis-mieu}, {@code us-fcc-covered}, {@code eu-reg-2020-1998},
 *       {@code us-dhs-uflpa} (the partial compilation)
 *   <li>official XML files: {@code us-ofac-sdn-xml}, {@code us-ofac-cons-xml} (OFAC {@code sdnList}),
 *       {@code un-sc-sanctions} (UN Security Council consolidated list), {@code eu-fsf} (EU FSF XML 1.1),
 *       {@code uk-sanctions-list} (FCDO UK Sanctions List XML)
 * </ul>
 */
public final class ListSources {
  private static final Map<String, ListSourceFactory> FACTORIES = new LinkedHashMap<>();

  static {
    register("us-csl", (path, ds) -> isJsonName(path)
        ? new CslJsonSource(orDefault(ds, CslJsonSource.DATASET))
        : new CslCsvSource(orDefault(ds, CslCsvSource.DATASET)));
    register("us-csl-json", (path, ds) -> new CslJsonSource(orDefault(ds, CslJsonSource.DATASET)));
    register("us-ofac-sdn", (path, ds) -> new OfacLegacySource(OfacLegacySource.Variant.SDN,
        orDefault(ds, OfacLegacySource.Variant.SDN.dataset())));
    register("us-ofac-cons", (path, ds) -> new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED,
        orDefault(ds, OfacLegacySource.Variant.CONSOLIDATED.dataset())));
    register("ftm", (path, ds) -> ds == null ? FtmJsonlSource.forFile(path) : new FtmJsonlSource(ds));
    // compiled third-party files (CC BY-NC or partial): readers only, never bundled
    register(Dod1260hSource.NAME, (path, ds) -> new Dod1260hSource());
    for (String section : List.of("889", "1286", "5949", "154")) {
      register("us-ndaa-" + section, (path, ds) -> new NdaaSectionSource(section));
    }
    register(BisMieuSource.NAME, (path, ds) -> new BisMieuSource());
    register(FccCoveredSource.NAME, (path, ds) -> new FccCoveredSource());
    register(EuHumanRightsSource.NAME, (path, ds) -> new EuHumanRightsSource());
    register(UflpaPartialSource.NAME, (path, ds) -> new UflpaPartialSource());
    registerXml();
  }

  private static void registerXml() {
    register("us-ofac-sdn-xml", (path, ds) -> new OfacXmlSource(OfacLegacySource.Variant.SDN,
        orDefault(ds, OfacLegacySource.Variant.SDN.dataset())));
    register("us-ofac-cons-xml", (path, ds) -> new OfacXmlSource(OfacLegacySource.Variant.CONSOLIDATED,
        orDefault(ds, OfacLegacySource.Variant.CONSOLIDATED.dataset())));
    register(UnScXmlSource.NAME, (path, ds) -> new UnScXmlSource());
    register(EuFsfXmlSource.NAME, (path, ds) -> new EuFsfXmlSource());
    register(UkSanctionsListSource.NAME, (path, ds) -> new UkSanctionsListSource());
  }

  private static final Pattern NDAA_FILE = Pattern.compile("section_(\\d+)");

  private ListSources() {}

  /** Adds (or replaces) a reader; the extension point for a new list format. */
  public static synchronized void register(String name, ListSourceFactory factory) {
    FACTORIES.put(name, factory);
  }

  public static synchronized List<String> names() {
    return List.copyOf(FACTORIES.keySet());
  }

  /** The reader for list {@code name} at {@code location}, with the format's default metadata. */
  public static ListSource forName(String name, Path location) {
    return forName(name, location, null);
  }

  /**
   * The reader for list {@code name} at {@code location}.
   *
   * @throws IllegalArgumentException naming the known lists when {@code name} is unknown
   */
  public static synchronized ListSource forName(String name, Path location, Dataset dataset) {
    ListSourceFactory factory = FACTORIES.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown list '" + name + "'; known: " + String.join(", ", FACTORIES.keySet()));
    }
    return factory.create(location, dataset);
  }

  /**
   * Guesses the list format of a file or directory from its name and first line: an OFAC directory,
   * FtM JSON lines (.jsonl, .ftm.json), CSL JSON (.json) or a CSL CSV header.
   */
  public static Optional<String> detect(Path location) throws IOException {
    if (Files.isDirectory(location)) {
      OfacLegacySource.Variant v = OfacLegacySource.detect(location);
      if (v == null) return Optional.empty();
      return Optional.of(v == OfacLegacySource.Variant.SDN ? "us-ofac-sdn" : "us-ofac-cons");
    }
    String n = baseName(location);
    if (n.endsWith(".jsonl") || n.endsWith(".ftm.json")) return Optional.of("ftm");
    if (n.endsWith(".json")) return Optional.of("us-csl-json");
    if (n.endsWith(".xml")) return detectXml(location, n);
    String header = firstLine(location);
    if (header.startsWith("_id,source,") || header.startsWith("\"_id\",\"source\",") || header.startsWith("source,entity_number,")) {
      return Optional.of("us-csl");
    }
    return detectCompiled(header, n);
  }

  private static Optional<String> detectCompiled(String header, String fileName) {
    if (header.startsWith("Name,Clean Name,")) return Optional.of(Dod1260hSource.NAME);
    if (header.startsWith("Type,Name,Alias,Country,")) return Optional.of(BisMieuSource.NAME);
    if (header.startsWith("covered_equipment_or_services") || header.startsWith("Covered Equipment or Services;")) {
      return Optional.of(FccCoveredSource.NAME);
    }
    if (header.startsWith("celex,recordId,")) return Optional.of(EuHumanRightsSource.NAME);
    if (header.startsWith("name,aliases,uflpa_list")) return Optional.of(UflpaPartialSource.NAME);
    Matcher section = NDAA_FILE.matcher(fileName);
    if (header.startsWith("schema,name,aliases,topics,program") && section.find()) return Optional.of("us-ndaa-" + section.group(1));
    return Optional.empty();
  }

  /** The XML formats tell themselves apart by their document element, found in the first lines. */
  private static Optional<String> detectXml(Path file, String fileName) throws IOException {
    String head = firstChars(file, 4096);
    if (head.contains("<sdnList")) return Optional.of(fileName.contains("cons") ? "us-ofac-cons-xml" : "us-ofac-sdn-xml");
    if (head.contains("<CONSOLIDATED_LIST")) return Optional.of(UnScXmlSource.NAME);
    if (head.contains("<export") && head.contains("fsd/export")) return Optional.of(EuFsfXmlSource.NAME);
    if (head.contains("<Designations")) return Optional.of(UkSanctionsListSource.NAME);
    return Optional.empty();
  }

  private static String firstChars(Path file, int count) throws IOException {
    try (Reader r = TextInputs.openText(file)) {
      char[] buf = new char[count];
      int n = r.read(buf);
      return n <= 0 ? "" : new String(buf, 0, n);
    } catch (SourceFormatException e) {
      return "";
    }
  }

  private static boolean isJsonName(Path path) {
    return path != null && baseName(path).endsWith(".json");
  }

  private static String baseName(Path path) {
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
  }

  private static String firstLine(Path file) throws IOException {
    try (BufferedReader r = TextInputs.openLines(file)) {
      String line = r.readLine();
      return line == null ? "" : line.strip();
    } catch (SourceFormatException e) {
      return "";
    }
  }

  private static Dataset orDefault(Dataset given, Dataset fallback) {
    return given != null ? given : fallback;
  }
}
