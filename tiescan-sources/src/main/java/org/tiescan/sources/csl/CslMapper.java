package org.tiescan.sources.csl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;
import org.tiescan.sources.support.Countries;
import org.tiescan.sources.support.ProgramAuthorities;
import org.tiescan.sources.support.Dates;
import org.tiescan.sources.support.ExtraProps;
import org.tiescan.sources.support.Identifiers;
import org.tiescan.sources.support.LegalForms;
import org.tiescan.sources.support.Remarks;

/** Turns one {@link CslRecord} into an entity with its designation; shared by the CSV and JSON readers. */
final class CslMapper {
  static final String DATASET = "us-csl";
  private static final Pattern DATED_ID = Pattern.compile("^(Listing|Effective) Date \\(([^)]+)\\):?$");
  /**
   * The CSL download stores some apostrophes (and other non-ASCII letters) as '?', e.g. "IS?Vision"
   * for IS'Vision and "People?s Republic". The name stays as published; where the '?' sits between
   * two letters we also add the apostrophe spelling as an alias so that "IS'Vision" is found.
   */
  private static final Pattern QUESTION_MARK_APOSTROPHE = Pattern.compile("(?<=\\p{L})\\?(?=\\p{L})");

  private CslMapper() {}

  static Entity toEntity(CslRecord r) {
    Entity.Builder b = Entity.builder(DATASET + "-" + r.id(), schema(r.type(), r.name()))
        .dataset(DATASET)
        .sourceId(DATASET + ":" + r.id());
    names(r, b);
    places(r, b);
    person(r, b);
    vessel(r, b);
    CslLists.ListInfo list = CslLists.of(r.source());
    b.addAll(Prop.PROGRAM, r.programs()).add(Prop.TOPICS, list.topic()).add(Prop.TITLE, r.title());
    b.add(Prop.NOTES, r.remarks()).add(Prop.SOURCE_URL, r.sourceListUrl()).add(Prop.SOURCE_URL, r.sourceInformationUrl());
    Remarks.ListingDates remarkDates = Remarks.apply(r.remarks(), b);
    String idListingDate = identifiers(r, b);
    String start = firstNonBlank(r.startDate(), idListingDate, remarkDates.listingDate());
    return b.designation(designation(r, list, start)).build();
  }

  static String schema(String type, String name) {
    if (type == null) type = "";
    return switch (type.strip()) {
      case "Individual" -> Schema.PERSON;
      case "Vessel" -> Schema.VESSEL;
      case "Aircraft" -> Schema.AIRPLANE;
      default -> LegalForms.looksLikeCompany(name) ? Schema.COMPANY : Schema.LEGAL_ENTITY;
    };
  }

  private static void names(CslRecord r, Entity.Builder b) {
    b.add(Prop.NAME, r.name());
    b.add(Prop.ALIAS, apostropheSpelling(r.name()));
    for (String alt : r.altNames()) {
      b.add(Prop.ALIAS, alt);
      b.add(Prop.ALIAS, apostropheSpelling(alt));
    }
  }

  /** The '?'-as-apostrophe repair of a name, or null when there is nothing to repair. */
  static String apostropheSpelling(String name) {
    if (name == null || name.indexOf('?') < 0) return null;
    String repaired = QUESTION_MARK_APOSTROPHE.matcher(name).replaceAll("'");
    return repaired.equals(name) ? null : repaired;
  }

  private static void places(CslRecord r, Entity.Builder b) {
    for (String address : r.addresses()) {
      b.add(Prop.ADDRESS, address);
      b.add(Prop.COUNTRY, countryAtEnd(address));
    }
  }

  /** CSL ends every address with the ISO2 country ("..., Hangzhou, 310051, CN"; for SDN often just "SY"). */
  static String countryAtEnd(String address) {
    int comma = address.lastIndexOf(',');
    return Countries.strictCode(comma < 0 ? address : address.substring(comma + 1));
  }

  private static void person(CslRecord r, Entity.Builder b) {
    // CSL writes nationalities and citizenships as ISO2 codes; both go to FtM nationality so that
    // matchers reading Prop.COUNTRIES see them.
    r.nationalities().forEach(n -> b.add(Prop.NATIONALITY, Countries.code(n)));
    r.citizenships().forEach(n -> b.add(Prop.NATIONALITY, Countries.code(n)));
    r.datesOfBirth().forEach(d -> b.add(Prop.BIRTH_DATE, Dates.iso(d)));
    b.addAll(ExtraProps.BIRTH_PLACE, r.placesOfBirth());
  }

  private static void vessel(CslRecord r, Entity.Builder b) {
    b.add(ExtraProps.CALL_SIGN, r.callSign()).add(ExtraProps.TYPE, r.vesselType());
    b.add(ExtraProps.TONNAGE, r.grossTonnage()).add(ExtraProps.GROSS_REGISTERED_TONNAGE, r.grossRegisteredTonnage());
    b.add(ExtraProps.FLAG, Countries.code(r.vesselFlag())).add(ExtraProps.OWNER, r.vesselOwner());
  }

  /** Adds identifiers from the {@code ids} field; returns the listing date an id entry states, if any. */
  private static String identifiers(CslRecord r, Entity.Builder b) {
    String listing = null;
    for (CslRecord.Id id : r.ids()) {
      String prop = Identifiers.propertyFor(id.type());
      if (prop != null) {
        b.add(prop, Identifiers.clean(prop, id.number()));
        continue;
      }
      Matcher dated = DATED_ID.matcher(id.type() == null ? "" : id.type().strip());
      if (dated.matches() && dated.group(1).equals("Listing") && listing == null) listing = Dates.iso(id.number());
    }
    return listing;
  }

  private static Designation designation(CslRecord r, CslLists.ListInfo list, String startDate) {
    return new Designation(list.dataset(), r.source(), r.programs(), list.authority(),
        ProgramAuthorities.citations(r.programs(), citations(r.federalRegisterNotice())),
        blankToNull(startDate), blankToNull(r.endDate()),
        firstNonBlank(r.sourceListUrl(), r.sourceInformationUrl()), r.id(), reason(r));
  }

  /** Citations as published, one per ";"-separated part: "84 FR 54002; 85 FR 44159". */
  static List<String> citations(String notice) {
    if (notice == null || notice.isBlank()) return List.of();
    return Arrays.stream(notice.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Remarks, then the Entity List's license requirement and policy, as published. */
  private static String reason(CslRecord r) {
    List<String> parts = new ArrayList<>();
    if (notBlank(r.remarks())) parts.add(r.remarks().strip());
    if (notBlank(r.licenseRequirement())) parts.add("License requirement: " + r.licenseRequirement().strip());
    if (notBlank(r.licensePolicy())) parts.add("License policy: " + r.licensePolicy().strip());
    return parts.isEmpty() ? null : String.join(" | ", parts);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (notBlank(v)) return v.strip();
    return null;
  }

  private static String blankToNull(String v) {
    return notBlank(v) ? v.strip() : null;
  }

  private static boolean notBlank(String v) {
    return v != null && !v.isBlank();
  }
}
