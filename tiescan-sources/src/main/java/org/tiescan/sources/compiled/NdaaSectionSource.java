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
 * NDAA section lists as OpenSanctions publishes them ({@code schema,name,aliases,topics,program,
 * authority,reason,report-date,start-date,end-date,country,notes,source_url}): §889 (FY2019,
 * Huawei, ZTE, Hytera, Hikvision, Dahua), §1286 (foreign research institutions of concern),
 * §5949 (FY2023, semiconductors), §154 (FY2024, batteries). The {@code program} text is the
 * statute and becomes the designation's citation.
 */
public final class NdaaSectionSource implements ListSource {
  private final String section;
  private final Dataset dataset;

  /** @param section "889", "1286", "5949" or "154" */
  public NdaaSectionSource(String section) {
    this.section = section;
    this.dataset = CompiledRows.dataset("us-ndaa-" + section, "NDAA Section " + section + " list",
        "United States Congress (transcribed by OpenSanctions)", "https://www.congress.gov/");
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new HeaderedCsv().read(location, List.of("schema", "name", "aliases", "program", "source_url"), sink,
        row -> sink.accept(entity(row)));
  }

  private Entity entity(CsvRow r) {
    String name = dataset.name();
    String id = CompiledRows.nameId(name, r.get("name"));
    String schema = r.get("schema").isEmpty() ? "LegalEntity" : r.get("schema");
    Entity.Builder b = Entity.builder(id, schema).dataset(name).sourceId(name + ":" + id.substring(name.length() + 1))
        .add(Prop.NAME, r.get("name")).addAll(Prop.ALIAS, CompiledRows.splitSemicolons(r.get("aliases")))
        .add(Prop.COUNTRY, Countries.code(r.get("country"))).add(Prop.TOPICS, r.get("topics"))
        .add(Prop.PROGRAM, "NDAA-" + section).add(Prop.NOTES, r.get("notes")).add(Prop.SOURCE_URL, r.get("source_url"));
    String start = CompiledRows.isoDate(r.get("start-date"));
    return b.designation(new Designation(name, "NDAA Section " + section, List.of("NDAA-" + section),
        blank(r.get("authority")), r.get("program").isEmpty() ? List.of() : List.of(r.get("program")),
        start, CompiledRows.isoDate(r.get("end-date")), blank(r.get("source_url")), id, blank(r.get("reason")))).build();
  }

  private static String blank(String v) {
    return v.isEmpty() ? null : v;
  }
}
