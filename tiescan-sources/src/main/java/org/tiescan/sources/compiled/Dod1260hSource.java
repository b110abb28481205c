package org.tiescan.sources.compiled;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.io.CsvRow;
import org.tiescan.sources.io.HeaderedCsv;
import org.tiescan.sources.support.LegalForms;

/**
 * The DoD Section 1260H list of "Chinese military companies" as transcribed by OpenSanctions
 * ({@code Name,Clean Name,Alias,Previous Name,Parent Name,Note,Start date,End date,Source Url}, one
 * row per listing period). "Parent Name" is the ownership the notice states; it goes to the FtM
 * {@code parent} property as the published name (the graph module resolves it to an entity).
 * Aliases are separated by ";" or by a comma without a following space ("Knownsec,Beijing
 * Kownsec"), since "Co., Ltd." inside one name has a space after its comma.
 */
public final class Dod1260hSource implements ListSource {
  public static final String NAME = "us-dod-1260h";
  public static final Dataset DATASET = CompiledRows.dataset(NAME,
      "DoD Section 1260H list of Chinese military companies operating in the United States",
      "U.S. Department of Defense (transcribed by OpenSanctions)",
      "https://media.defense.gov/2025/Jan/07/2003625471/-1/-1/1/ENTITIES-IDENTIFIED-AS-CHINESE-MILITARY-COMPANIES-OPERATING-IN-THE-UNITED-STATES.PDF");
  private static final String LIST = "Entities Identified as Chinese Military Companies Operating in the United States (Section 1260H, NDAA FY2021)";
  private static final String CITATION = "Section 1260H, William M. (Mac) Thornberry NDAA for Fiscal Year 2021 (Pub. L. 116-283)";
  private static final Pattern ALIAS_SEPARATOR = Pattern.compile(";\\s*|,(?=\\S)");

  @Override
  public Dataset dataset() {
    return DATASET;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new HeaderedCsv().read(location, List.of("Name", "Clean Name", "Parent Name", "Start date"), sink,
        row -> sink.accept(entity(row)));
  }

  private static Entity entity(CsvRow r) {
    String name = r.get("Clean Name").isEmpty() ? r.get("Name") : r.get("Clean Name");
    String id = CompiledRows.nameId(NAME, name);
    Entity.Builder b = Entity.builder(id, LegalForms.looksLikeCompany(name) ? Schema.COMPANY : Schema.LEGAL_ENTITY)
        .dataset(NAME).sourceId(NAME + ":" + id.substring(NAME.length() + 1))
        .add(Prop.NAME, name).add(Prop.ALIAS, r.get("Name").replace("*", ""))
        .add(Prop.PREVIOUS_NAME, r.get("Previous Name")).add(Prop.PARENT, r.get("Parent Name"))
        .add(Prop.TOPICS, "mil").add(Prop.PROGRAM, "1260H")
        .add(Prop.NOTES, r.get("Note")).add(Prop.SOURCE_URL, r.get("Source Url"));
    for (String alias : ALIAS_SEPARATOR.split(r.get("Alias"))) b.add(Prop.ALIAS, alias);
    return b.designation(new Designation(NAME, LIST, List.of("1260H"), "U.S. Department of Defense", List.of(CITATION),
        blank(r.get("Start date")), blank(r.get("End date")), blank(r.get("Source Url")), id, blank(r.get("Note")))).build();
  }

  private static String blank(String v) {
    return v.isEmpty() ? null : v;
  }
}
