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
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final List<CoveredManufacturer> manufacturers;

  private CoveredCatalog(List<CoveredManufacturer> manufacturers) {
    this.manufacturers = List.copyOf(manufacturers);
  }

  public List<CoveredManufacturer> manufacturers() {
    return manufacturers;
  }

  /**
   * Reads the catalog.
   *
   * @param fccCoveredList an FCC Covered List file as {@link FccCoveredSource} reads it, or null: then
   *     the Covered List rule is shown without entry and date
   */
  public static CoveredCatalog load(Path yaml, Path fccCoveredList) throws IOException {
    JsonNode root = YAML.readTree(yaml.toFile());
    Map<String, CoveredManufacturer.Rule> rules = new HashMap<>();
    for (JsonNode r : root.path("rules")) {
      rules.put(r.path("id").asText(), new CoveredManufacturer.Rule(r.path("id").asText(), r.path("title").asText(),
          r.path("citation").asText(), r.path("url").asText(), null, null));
    }
    Map<String, Designation> fcc = fccCoveredList == null ? Map.of() : fccEntries(fccCoveredList);
    List<CoveredManufacturer> out = new ArrayList<>();
    for (JsonNode m : root.path("manufacturers")) {
      List<CoveredManufacturer.Rule> mine = new ArrayList<>();
      for (JsonNode id : m.path("rules")) {
        CoveredManufacturer.Rule rule = rules.get(id.asText());
        if (rule == null) throw new IOException(yaml + ": manufacturer " + m.path("id").asText() + " names unknown rule " + id.asText());
        Designation d = "fcc-covered-list".equals(rule.id()) ? fcc.get(m.path("fcc_entity").asText()) : null;
        mine.add(d == null ? rule : new CoveredManufacturer.Rule(rule.id(), rule.title(), rule.citation(), rule.url(),
            d.reason(), d.startDate()));
      }
      out.add(new CoveredManufacturer(m.path("id").asText(), m.path("name").asText(), m.path("curated").asText(null),
          strings(m.path("names")), strings(m.path("keywords")), mine));
    }
    return new CoveredCatalog(out);
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
