package org.tiescan.sources.intl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.tiescan.sources.support.Countries;
import org.tiescan.sources.support.ExtraProps;
import org.tiescan.sources.support.LegalForms;

/**
 * The UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} of {@code INDIVIDUAL}
 * and {@code ENTITY}). Ids come from {@code DATAID}; the permanent reference number (e.g.
 * {@code KPe.016}) is the citation and the sanctions regime ({@code UN_LIST_TYPE}) the program.
 */
public final class UnScXmlSource extends DatedXmlSource {
  public static final String NAME = "un-sc-sanctions";
  public static final String URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml";
  public static final Dataset DATASET = new Dataset(NAME, "UN Security Council Consolidated List",
      "United Nations Security Council", null, URL, "UN public information");
  private static final String AUTHORITY = "United Nations Security Council";
  /**
   * UN spellings that neither java.util.Locale nor the shared OFAC table know; kept here so that
   * the other readers' country mapping (and so their scores) stays as it is.
   */
  private static final java.util.Map<String, String> UN_SPELLINGS = java.util.Map.of(
      "Democratic People's Republic of Korea", "kp", "Republic of Korea", "kr",
      "China, Hong Kong Special Administrative Region", "hk", "Iran (Islamic Republic of)", "ir",
      "Syrian Arab Republic", "sy", "Russian Federation", "ru", "Viet Nam", "vn",
      "Lao People's Democratic Republic", "la", "United Republic of Tanzania", "tz");

  public UnScXmlSource() {
    super(DATASET);
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    new XmlRecords("CONSOLIDATED_LIST", Set.of("INDIVIDUAL", "ENTITY")).read(location,
        root -> datedFromFile(root.attr("dateGenerated")),
        node -> record(location, node, sink));
  }

  private void record(Path file, XmlNode r, EntitySink sink) {
    boolean person = r.name().equals("INDIVIDUAL");
    String dataId = r.childText("DATAID");
    String name = Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME").map(r::childText)
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    if (dataId.isEmpty() || name.isEmpty()) {
      sink.problem(new RecordProblem(file.toString(), r.line(), dataId.isEmpty() ? "DATAID" : "FIRST_NAME",
          r.name() + " without " + (dataId.isEmpty() ? "DATAID" : "name") + "; skipped"));
      return;
    }
    String schema = person ? Schema.PERSON : LegalForms.looksLikeCompany(name) ? Schema.COMPANY : Schema.ORGANIZATION;
    Entity.Builder b = Entity.builder(NAME + "-" + dataId, schema).dataset(NAME).sourceId(NAME + ":" + dataId)
        .add(Prop.NAME, name).add(Prop.ALIAS, r.childText("NAME_ORIGINAL_SCRIPT"));
    String prefix = person ? "INDIVIDUAL" : "ENTITY";
    for (XmlNode alias : r.children(prefix + "_ALIAS")) {
      b.add("Low".equalsIgnoreCase(alias.childText("QUALITY")) ? Prop.WEAK_ALIAS : Prop.ALIAS, alias.childText("ALIAS_NAME"));
    }
    for (XmlNode address : r.children(prefix + "_ADDRESS")) {
      b.add(Prop.ADDRESS, address.joined("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"));
      b.add(Prop.COUNTRY, country(address.childText("COUNTRY")));
    }
    r.texts("NATIONALITY", "VALUE").forEach(n -> b.add(Prop.NATIONALITY, country(n)));
    r.texts("DESIGNATION", "VALUE").forEach(t -> b.add(ExtraProps.POSITION, t));
    for (XmlNode dob : r.children("INDIVIDUAL_DATE_OF_BIRTH")) {
      b.add(Prop.BIRTH_DATE, dob.childText("DATE").isEmpty() ? dob.childText("YEAR") : dob.childText("DATE"));
    }
    for (XmlNode pob : r.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
      b.add(ExtraProps.BIRTH_PLACE, pob.joined("CITY", "STATE_PROVINCE", "COUNTRY"));
    }
    String regime = r.childText("UN_LIST_TYPE");
    String reference = r.childText("REFERENCE_NUMBER");
    String comments = r.childText("COMMENTS1");
    b.add(Prop.PROGRAM, regime).add(Prop.TOPICS, "sanction").add(Prop.NOTES, comments).add(Prop.SOURCE_URL, URL);
    sink.accept(b.designation(new Designation(NAME, DATASET.title(), regime.isEmpty() ? List.of() : List.of(regime),
        AUTHORITY, reference.isEmpty() ? List.of() : List.of(reference), XmlDatasets.orNull(r.childText("LISTED_ON")),
        null, URL, dataId, XmlDatasets.orNull(comments))).build());
  }

  private static String country(String name) {
    String code = Countries.code(name);
    return code != null ? code : UN_SPELLINGS.get(name.strip());
  }
}
