package org.tiescan.bench.gen;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;

/**
 * Builds a labelled query set: perturbed names of real list entities (truth known) mixed with real
 * organisation names from the IEEE OUI registry that are not list entries (truth: no match).
 */
public final class QuerySetGenerator {
  /** OUI registrants from these countries are used as unrelated names; China is left out on purpose
   * because listed Chinese manufacturers (Hikvision, Dahua, Huawei, ZTE...) are OUI registrants too. */
  private static final Set<String> UNRELATED_COUNTRIES = Set.of("US", "DE", "JP", "TW", "KR", "GB", "FR", "IT", "SE", "NL");

  private final NameVariants variants;
  private final Random random;

  public QuerySetGenerator(long seed) {
    this.variants = new NameVariants(seed);
    this.random = new Random(seed + 1);
  }

  /** Names of organisation entities with their id and first country, for sampling. */
  public static List<QueryCase> organisationNames(Iterator<Entity> entities) {
    List<QueryCase> out = new ArrayList<>();
    while (entities.hasNext()) {
      Entity e = entities.next();
      if (!Schema.isOrganisation(e.schema())) continue;
      String country = e.first(Prop.COUNTRY);
      for (String name : e.names()) {
        out.add(new QueryCase(name, country == null ? "" : country, e.id(), NameVariants.Kind.EXACT.name()));
      }
    }
    return out;
  }

  /** Organisation names from an IEEE registry CSV ({@code Registry,Assignment,Organization Name,Organization Address}). */
  public static List<String> unrelatedOrganisations(Path ouiCsv) throws IOException {
    List<String> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(ouiCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String address = r.get("Organization Address").strip();
        String country = address.length() >= 8 ? address.substring(address.length() - 8).strip() : "";
        if (UNRELATED_COUNTRIES.stream().anyMatch(c -> (" " + country + " ").contains(" " + c + " "))) {
          out.add(r.get("Organization Name").strip());
        }
      }
    }
    return out.stream().filter(n -> !n.isEmpty()).distinct().toList();
  }

  /** {@code size} queries, {@code positiveShare} of them perturbed list names, the rest unrelated names. */
  public List<QueryCase> generate(List<QueryCase> listNames, List<String> unrelated, int size, double positiveShare) {
    List<QueryCase> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (random.nextDouble() < positiveShare) {
        QueryCase source = listNames.get(random.nextInt(listNames.size()));
        NameVariants.Kind kind = variants.randomKind();
        out.add(new QueryCase(variants.apply(kind, source.name()), source.country(), source.truthId(), kind.name()));
      } else {
        String name = unrelated.get(random.nextInt(unrelated.size()));
        out.add(new QueryCase(name, "", "", QueryCase.UNRELATED));
      }
    }
    return out;
  }

}
