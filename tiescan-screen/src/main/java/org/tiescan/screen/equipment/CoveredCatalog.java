package org.tiescan.screen.equipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.compiled.FccCoveredSource;

/**
 * The covered manufacturers and their rules, read from {@code covered-manufacturers.yaml}; the FCC
 * Covered List entries and dates of inclusion are joined in from a Covered List file when one is given
 * (they are not shipped: the available transcription is CC BY-NC).
 */
public final class CoveredCatalog {
  /** The rule whose entry and date come from the FCC Covered List. */
  public static final String FCC_RULE = "fcc-covered-list";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final List<CoveredManufacturer> manufacturers;

  private CoveredCatalog(List<CoveredManufacturer> manufacturers) {
    this.manufacturers = List.copyOf(manufacturers);
  }

  public List<CoveredManufacturer> manufacturers() {
    return manufacturers;
  }

  /** Reads the catalog; FCC entries and dates only from {@code fccCoveredList} (may be null). */
  public static CoveredCatalog load(Path yaml, Path fccCoveredList) throws IOException {
    return load(yaml, fccCoveredList, Map.of());
  }

  /**
   * Reads the catalog.
   *
   * @param fccCoveredList an FCC Covered List file as {@link FccCoveredSource} reads it, or null
   * @param curatedFcc the FCC Covered List designations of the curated dataset by curated entity id
   *     (entry text and date of inclusion, each citing its list row), used when no file is given or
   *     the file lacks the manufacturer
   */
  public static CoveredCatalog load(Path yaml, Path fccCoveredList, Map<String, Designation> curatedFcc)
      throws IOException {
    JsonNode root = YAML.readTree(yaml.toFile());
    Map<String, CoveredManufacturer.Rule> rules = new HashMap<>();
    for (JsonNode r : root.path("rules")) {
      rules.put(r.path("id").asText(), new CoveredManufacturer.Rule(r.path("id").asText(), r.path("title").asText(),
          r.path("citation").asText(), r.path("url").asText(), null, r.path("date").asText(null),
          r.path("date_label").asText(null), r.path("date_source").asText(null)));
    }
    Map<String, Designation> fcc = fccCoveredList == null ? Map.of() : fccEntries(fccCoveredList);
    List<CoveredManufacturer> out = new ArrayList<>();
    for (JsonNode m : root.path("manufacturers")) {
      List<CoveredManufacturer.Rule> mine = new ArrayList<>();
      for (JsonNode id : m.path("rules")) {
        CoveredManufacturer.Rule rule = rules.get(id.asText());
        if (rule == null) throw new IOException(yaml + ": manufacturer " + m.path("id").asText() + " names unknown rule " + id.asText());
        mine.add(FCC_RULE.equals(rule.id()) ? withFccEntry(rule, fcc.get(m.path("fcc_entity").asText()),
            fccCoveredList, curatedFcc.get(m.path("curated").asText(""))) : rule);
      }
      out.add(new CoveredManufacturer(m.path("id").asText(), m.path("name").asText(), m.path("curated").asText(null),
          strings(m.path("names")), strings(m.path("keywords")), mine));
    }
    return new CoveredCatalog(out);
  }

  /** The Covered List rule with the manufacturer's entry and date: from the file given, else from the curated dataset. */
  private static CoveredManufacturer.Rule withFccEntry(CoveredManufacturer.Rule rule, Designation fromFile, Path file,
      Designation curated) {
    if (fromFile != null) return rule.with(fromFile.reason(), fromFile.startDate(), "included", "FCC Covered List file " + file);
    if (curated != null) {
      return rule.with(curated.reason(), curated.startDate(), "included",
          "curated dataset, citing FCC Covered List row " + curated.sourceId());
    }
    return rule;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Entity name to its Covered List designation (entry text and date of inclusion). */
  private static Map<String, Designation> fccEntries(Path file) throws IOException {
    Map<String, Designation> out = new HashMap<>();
    List<RecordProblem> problems = new ArrayList<>();
    new FccCoveredSource().read(file, new EntitySink() {
      @Override
      public void accept(Entity e) {
        if (!e.designations().isEmpty()) out.putIfAbsent(e.caption(), e.designations().get(0));
      }

      @Override
      public void problem(RecordProblem p) {
        problems.add(p);
      }
    });
    if (out.isEmpty()) throw new IOException(file + ": no FCC Covered List entry read" + (problems.isEmpty() ? "" : ": " + problems.get(0)));
    return out;
  }
}
