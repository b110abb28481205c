package org.tiescan.sources.intl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.RecordProblem;
import org.tiescan.model.Schema;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.io.XmlNode;
import org.tiescan.sources.io.XmlRecords;
import org.tiescan.sources.support.LegalForms;

/**
 * The UK Sanctions List XML published by the FCDO ({@code Designations} of {@code Designation}),
 * the single UK list since 28 January 2026 (OFSI's consolidated list closed). Ids come from the
 * {@code UniqueID} (the "UK Sanctions List Ref", e.g. {@code GHR0190}); the designation keeps the
 * regime (the regulations it was made under), the UK statement of reasons, the designation date,
 * the OFSI group id and, for UN listings, the UN reference number.
 */
public final class UkSanctionsListSource extends DatedXmlSource {
  public static final String NAME = "uk-sanctions-list";
  public static final String URL = "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml";
  public static final Dataset DATASET = new Dataset(NAME, "UK Sanctions List",
      "Foreign, Commonwealth & Development Office (UK)", null, URL, "Open Government Licence v3.0");
  private static final String AUTHORITY = "UK Government (Foreign, Commonwealth & Development Office)";

  public UkSanctionsListSource() {
    super(DATASET);
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new XmlRecords("Designations", Set.of("Designation", "DateGenerated")).read(location, root -> { },
        node -> {
          if (node.name().equals("DateGenerated")) {
            datedFromFile(UkDates.iso(node.text()));
          } else {
            record(location, node, sink);
          }
        });
  }

  private void record(Path file, XmlNode r, EntitySink sink) {
    String id = r.childText("UniqueID");
    List<XmlNode> names = r.all("Names", "Name").stream().filter(n -> !fullName(n).isEmpty()).toList();
    if (id.isEmpty() || names.isEmpty()) {
      sink.problem(new RecordProblem(file.toString(), r.line(), id.isEmpty() ? "UniqueID" : "Names",
          "Designation without " + (id.isEmpty() ? "UniqueID" : "a name") + "; skipped"));
      return;
    }
    XmlNode primary = names.stream().filter(n -> nameType(n).equals("primary name")).findFirst().orElse(names.get(0));
    String name = fullName(primary);
    Entity.Builder b = Entity.builder(NAME + "-" + id, schema(r, name)).dataset(NAME).sourceId(NAME + ":" + id)
        .add(Prop.NAME, name);
    names.stream().filter(n -> n != primary).forEach(n -> b.add(isWeak(n) ? Prop.WEAK_ALIAS : Prop.ALIAS, fullName(n)));
    r.all("NonLatinNames").forEach(n -> n.descendantTexts("NameNonLatinScript").forEach(t -> b.add(Prop.ALIAS, t)));
    UkDesignationDetails.addTo(r, b);
    String regime = r.childText("RegimeName");
    String other = r.childText("OtherInformation");
    String sanctions = r.childText("SanctionsImposed");
    b.add(Prop.PROGRAM, regime).add(Prop.TOPICS, "sanction").add(Prop.NOTES, other).add(Prop.SOURCE_URL, URL)
        .add(Prop.NOTES, sanctions.isEmpty() ? "" : "Sanctions imposed: " + sanctions);
    sink.accept(b.designation(designation(r, id, regime, other)).build());
  }

  private static Designation designation(XmlNode r, String id, String regime, String other) {
    List<String> citations = new ArrayList<>();
    if (!regime.isEmpty()) citations.add(regime);
    citations.add("UK Sanctions List Ref " + id);
    if (!r.childText("OFSIGroupID").isEmpty()) citations.add("OFSI Group ID " + r.childText("OFSIGroupID"));
    if (!r.childText("UNReferenceNumber").isEmpty()) citations.add("UN " + r.childText("UNReferenceNumber"));
    String source = r.childText("DesignationSource");
    String authority = source.equalsIgnoreCase("UN") ? "United Nations Security Council; implemented by the " + AUTHORITY : AUTHORITY;
    String reasons = r.childText("UKStatementofReasons");
    return new Designation(NAME, DATASET.title(), regime.isEmpty() ? List.of() : List.of(regime), authority, citations,
        UkDates.iso(r.childText("DateDesignated")), null, URL, id, XmlDatasets.orNull(reasons.isEmpty() ? other : reasons));
  }

  /** Name1 … Name5 are given names and Name6 the family name (or an organisation's whole name). */
  static String fullName(XmlNode name) {
    return Stream.of("Name1", "Name2", "Name3", "Name4", "Name5", "Name6").map(name::childText)
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
  }

  /** The list spells the name type inconsistently ("Primary Name", "Primary name", "ALias"). */
  private static String nameType(XmlNode name) {
    return name.childText("NameType").toLowerCase(Locale.ROOT);
  }

  private static boolean isWeak(XmlNode name) {
    return name.childText("AliasStrength").toLowerCase(Locale.ROOT).startsWith("low");
  }

  private static String schema(XmlNode r, String name) {
    return switch (r.childText("IndividualEntityShip").toLowerCase(Locale.ROOT)) {
      case "individual" -> Schema.PERSON;
      case "ship" -> Schema.VESSEL;
      default -> LegalForms.looksLikeCompany(name) ? Schema.COMPANY : Schema.ORGANIZATION;
    };
  }
}
