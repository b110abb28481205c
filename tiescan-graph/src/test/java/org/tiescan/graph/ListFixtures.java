package org.tiescan.graph;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ofac.OfacLegacySource;

/**
 * Real list records from ../shared/data, as the list readers hand them to the graph: OFAC through
 * the project's reader; DoD 1260H and the FCC Covered List (no reader yet) read here minimally,
 * keeping only what the graph uses (names, "Parent Name", subsidiary names, the listing).
 */
final class ListFixtures {
  private ListFixtures() {}

  static Path shared() {
    return Path.of(System.getProperty("tiescan.shared.data"));
  }

  static List<Entity> ofacConsolidated() throws IOException {
    List<Entity> out = new ArrayList<>();
    EntitySink sink = out::add;
    new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED).read(shared().resolve("lists/us-ofac-consolidated"), sink);
    return out;
  }

  static List<Entity> dod1260h() throws IOException {
    List<Entity> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(shared().resolve("lists/us-dod-1260h/1260h.csv"), StandardCharsets.UTF_8)) {
      int row = 0;
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
        row++;
        Entity.Builder b = Entity.builder("us-dod-1260h-row-" + row, Schema.COMPANY).dataset("us-dod-1260h")
            .add(Prop.NAME, r.get("Clean Name")).add(Prop.ALIAS, r.get("Alias")).add(Prop.PARENT, r.get("Parent Name"))
            .sourceId("us-dod-1260h:row-" + row);
        b.designation(new Designation("us-dod-1260h", "Section 1260H list", List.of(), "U.S. Department of Defense",
            List.of("NDAA FY2021 §1260H"), r.get("Start date"), emptyToNull(r.get("End date")), emptyToNull(r.get("Source Url")),
            "us-dod-1260h:row-" + row, null));
        out.add(b.build());
      }
    }
    return out;
  }

  static List<Entity> fccCovered() throws IOException {
    List<Entity> out = new ArrayList<>();
    Path f = shared().resolve("lists/us-fcc-covered/data-2024-04-19.csv");
    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      int row = 0;
      CSVFormat fmt = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build();
      for (CSVRecord r : fmt.parse(in)) {
        row++;
        Entity.Builder b = Entity.builder("us-fcc-covered-row-" + row, Schema.COMPANY).dataset("us-fcc-covered-list")
            .add(Prop.NAME, r.get(2)).add(ListRelations.SUBSIDIARY, r.get(3));
        b.designation(new Designation("us-fcc-covered-list", "FCC Covered List", List.of("FCC Covered List"),
            "Federal Communications Commission", List.of(), null, null, "https://www.fcc.gov/supplychain/coveredlist",
            "us-fcc-covered:row-" + row, r.get(0)));
        out.add(b.build());
      }
    }
    return out;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
