package org.tiescan.sources.compiled;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.io.CsvRow;
import org.tiescan.sources.io.HeaderedCsv;
import org.tiescan.sources.support.Countries;

/**
 * BIS Military-Intelligence End Users (EAR §744.22) as OpenSanctions transcribes them
 * ({@code Type,Name,Alias,Country,Topics,Program,Date,End date,Source URL}).
 */
public final class BisMieuSource implements ListSource {
  public static final String NAME = "us-bis-mieu";
  public static final Dataset DATASET = CompiledRows.dataset(NAME, "BIS Military-Intelligence End Users (EAR 744.22)",
      "U.S. Department of Commerce, BIS (transcribed by OpenSanctions)",
      "https://www.federalregister.gov/documents/2021/01/15/2021-00977/expansion-of-certain-end-use-and-end-user-controls-and-controls-on-specific-activities-of-us-persons");

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new HeaderedCsv().read(location, List.of("Type", "Name", "Alias", "Country", "Program"), sink, row -> sink.accept(entity(row)));
  }

  private static Entity entity(CsvRow r) {
    String id = CompiledRows.nameId(NAME, r.get("Name"));
    String schema = r.get("Type").isEmpty() ? "LegalEntity" : r.get("Type");
    Entity.Builder b = Entity.builder(id, schema).dataset(NAME).sourceId(NAME + ":" + id.substring(NAME.length() + 1))
        .add(Prop.NAME, r.get("Name")).addAll(Prop.ALIAS, CompiledRows.splitSemicolons(r.get("Alias")))
        .add(Prop.COUNTRY, Countries.code(r.get("Country"))).add(Prop.TOPICS, r.get("Topics"))
        .add(Prop.PROGRAM, r.get("Program")).add(Prop.SOURCE_URL, r.get("Source URL"));
    return b.designation(new Designation(NAME, "Military-Intelligence End User (MIEU) List", List.of(r.get("Program")),
        "U.S. Department of Commerce, BIS", List.of("15 CFR 744.22"), CompiledRows.isoDate(r.get("Date")),
        CompiledRows.isoDate(r.get("End date")), r.get("Source URL").isEmpty() ? null : r.get("Source URL"), id, null)).build();
  }
}
