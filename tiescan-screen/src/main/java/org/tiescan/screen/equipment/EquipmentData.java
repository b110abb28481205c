package org.tiescan.screen.equipment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.graph.curated.CuratedCompiler;
import org.tiescan.graph.curated.CuratedDataset;

/**
 * Finds and loads what the equipment screener needs: the repository's {@code data/} folder
 * ({@code equipment/}, {@code curated/}, the bundled {@code oui/}), the IEEE registries (loaded into the
 * data directory, else the bundled copy), and optionally the FCC Covered List file.
 */
public final class EquipmentData {
  /** System property naming the repository's data folder, e.g. {@code -Dtiescan.data=/opt/tiescan/data}. */
  public static final String PROPERTY = "tiescan.data";

  private static final String FCC_DATASET = "us-fcc-covered-list";

  private EquipmentData() {}

  /** The folder named by {@value #PROPERTY}, else the first {@code data/} above the working directory holding {@code equipment/}. */
  public static Optional<Path> locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured));
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("data/equipment/covered-manufacturers.yaml"))) return Optional.of(dir.resolve("data"));
    }
    return Optional.empty();
  }

  /** Where the registries come from and how many blocks they hold, for the user. */
  public record Registry(OuiRegistry registry, String origin) {}

  /** The registries loaded into {@code dataDir}, else the copy bundled in {@code data/oui}. */
  public static Registry registry(Path dataDir, Path data) throws IOException {
    Optional<Path> loaded = dataDir == null ? Optional.empty() : new OuiStore(dataDir).current();
    Path dir = loaded.orElse(data.resolve("oui"));
    return new Registry(OuiRegistry.loadDirectory(dir), (loaded.isPresent() ? "loaded " : "bundled ") + dir);
  }

  /** The curated entities' FCC Covered List designations (entry text, date of inclusion, list row), by entity id. */
  private static Map<String, Designation> fccDesignations(OwnershipGraph graph) {
    Map<String, Designation> out = new HashMap<>();
    for (Entity e : graph.entities()) {
      e.designations().stream().filter(d -> FCC_DATASET.equals(d.dataset())).findFirst().ifPresent(d -> out.put(e.id(), d));
    }
    return out;
  }

  /**
   * A screener over the repository data.
   *
   * @param fccCoveredList the FCC Covered List file for entries and dates of inclusion, or null
   * @param threshold matching-engine score at or above which a vendor name matches
   */
  public static EquipmentScreener screener(Path data, OuiRegistry registry, Path fccCoveredList, double threshold)
      throws IOException {
    CuratedDataset curated = CuratedCompiler.compile(data.resolve("curated"));
    if (!curated.valid()) throw new IOException(data.resolve("curated") + ": " + curated.problems().get(0));
    OwnershipGraph graph = curated.graph(List.of());
    CoveredCatalog catalog = CoveredCatalog.load(data.resolve("equipment/covered-manufacturers.yaml"), fccCoveredList,
        fccDesignations(graph));
    VendorResolver vendors = new VendorResolver(catalog, graph, threshold);
    OemRelationships oem = OemRelationships.load(data.resolve("equipment/oem-relationships.yaml"), catalog);
    return new EquipmentScreener(registry, vendors, oem);
  }
}
