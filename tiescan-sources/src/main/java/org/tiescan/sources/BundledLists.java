package org.tiescan.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tiescan.model.Dataset;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.sources.ofac.OfacLegacySource;

/**
 * The default snapshot shipped in the repository at {@code data/lists/} (public-domain US lists;
 * see its README.md): where it is, and what each list is and how old. Find it with {@link
 * #locate()} (system property {@value #PROPERTY}, else walking up from the working directory) or
 * give the folder with {@link #at(Path)}.
 */
public final class BundledLists {
  /** System property naming the bundled lists folder, e.g. {@code -Dtiescan.bundled.lists=/opt/tiescan/data/lists}. */
  public static final String PROPERTY = "tiescan.bundled.lists";
  private static final Path RELATIVE = Path.of("data", "lists");
  private static final String MARKER = "README.md";
  private static final String PUBLIC_DOMAIN = "US government work, public domain (17 U.S.C. 105)";

  private final Path directory;

  private BundledLists(Path directory) {
    this.directory = directory;
  }

  /** The snapshot in {@code directory} (the data/lists folder itself). */
  public static BundledLists at(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new SourceFormatException(new RecordProblem(directory.toString(), 0, null,
          "bundled lists folder not found (expected the repository's data/lists)"));
    }
    return new BundledLists(directory.toAbsolutePath().normalize());
  }

  /** The folder named by {@value #PROPERTY}, else the first {@code data/lists} above the working directory. */
  public static Optional<BundledLists> locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) return Optional.of(at(Path.of(configured)));
    return findAbove(Path.of("").toAbsolutePath()).map(BundledLists::new);
  }

  /** The first {@code data/lists} (holding its README.md) in {@code start} or a folder above it. */
  public static Optional<Path> findAbove(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isRegularFile(candidate.resolve(MARKER))) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  public Path directory() {
    return directory;
  }

  /** Every bundled list, with its metadata and location. */
  public List<BundledList> lists() {
    return List.of(
        new BundledList(snapshot(CslCsvSource.DATASET, "2022-05"), "us-csl",
            directory.resolve("us-csl/consolidated-2022-05.csv.gz")),
        new BundledList(snapshot(OfacLegacySource.Variant.SDN.dataset(), "2021"), "us-ofac-sdn",
            directory.resolve("us-ofac-sdn")),
        new BundledList(snapshot(OfacLegacySource.Variant.CONSOLIDATED.dataset(), "2025-12"), "us-ofac-cons",
            directory.resolve("us-ofac-consolidated")));
  }

  /** Reads every bundled list into {@code sink}, list by list. */
  public void readAll(EntitySink sink) throws IOException {
    for (BundledList list : lists()) list.source().read(list.location(), sink);
  }

  /** Files of the snapshot that are missing (empty when complete). */
  public List<Path> missing() {
    List<Path> out = new ArrayList<>();
    for (BundledList list : lists()) if (!Files.exists(list.location())) out.add(list.location());
    return out;
  }

  private static Dataset snapshot(Dataset d, String date) {
    return new Dataset(d.name(), d.title(), d.publisher(), date, d.sourceUrl(), PUBLIC_DOMAIN);
  }
}
