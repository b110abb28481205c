package org.tiescan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tiescan.model.Dataset;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.sources.ofac.OfacLegacySource;

/**
 * The list snapshot shipped in the repository ({@code data/lists/}): which lists, where, read by which
 * source, with their dates. Found through the {@code tiescan.home} system property (set by the
 * launcher) or the working directory.
 */
final class BundledSnapshot {
  /** One bundled list: its dataset name, reader, metadata with date, and location. */
  record Entry(String dataset, ListSource source, Dataset meta, Path location) {}

  private BundledSnapshot() {}

  static Path directory() {
    String explicit = System.getProperty("tiescan.bundled.lists");
    if (explicit != null) return Path.of(explicit);
    String home = System.getProperty("tiescan.home");
    return (home == null ? Path.of("") : Path.of(home)).resolve("data").resolve("lists").toAbsolutePath();
  }

  static List<Entry> entries(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new DataException("the bundled list snapshot is missing: no directory " + dir
          + " (run tiescan from the repository, or import lists with `tiescan lists import DATASET PATH`)");
    }
    List<Entry> out = new ArrayList<>();
    Path csl = firstFile(dir.resolve("us-csl"));
    if (csl != null) out.add(new Entry("us-csl", null, withDate(CslCsvSource.DATASET, dateOf(csl)), csl));
    addOfac(out, dir.resolve("us-ofac-sdn"), OfacLegacySource.Variant.SDN);
    addOfac(out, dir.resolve("us-ofac-consolidated"), OfacLegacySource.Variant.CONSOLIDATED);
    if (out.isEmpty()) throw new DataException("the bundled list snapshot in " + dir + " holds no list");
    return out.stream().map(BundledSnapshot::withSource).toList();
  }

  private static Entry withSource(Entry e) {
    ListSource source = e.dataset().equals("us-csl") ? new CslCsvSource(e.meta())
        : new OfacLegacySource(e.dataset().equals("us-ofac-sdn") ? OfacLegacySource.Variant.SDN
            : OfacLegacySource.Variant.CONSOLIDATED, e.meta());
    return new Entry(e.dataset(), source, e.meta(), e.location());
  }

  private static void addOfac(List<Entry> out, Path dir, OfacLegacySource.Variant variant) {
    if (!Files.isDirectory(dir)) return;
    String name = variant == OfacLegacySource.Variant.SDN ? "us-ofac-sdn" : "us-ofac-cons";
    Dataset base = new OfacLegacySource(variant).dataset();
    out.add(new Entry(name, null, withDate(base, dateOf(dir)), dir));
  }

  private static Path firstFile(Path dir) {
    if (!Files.isDirectory(dir)) return null;
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches(".*\\.csv(\\.gz)?")).sorted().findFirst().orElse(null);
    } catch (IOException e) {
      throw new DataException("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The snapshot date written beside the files ({@code SNAPSHOT_DATE}, one ISO date), or null. */
  private static String dateOf(Path fileOrDir) {
    Path dir = Files.isDirectory(fileOrDir) ? fileOrDir : fileOrDir.getParent();
    Path marker = dir.resolve("SNAPSHOT_DATE");
    try {
      return Files.isRegularFile(marker) ? Files.readString(marker).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static Dataset withDate(Dataset d, String date) {
    return date == null ? d : new Dataset(d.name(), d.title(), d.publisher(), date, d.sourceUrl(), d.licence());
  }
}
