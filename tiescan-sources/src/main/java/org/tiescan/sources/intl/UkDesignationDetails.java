package org.tiescan.sources.intl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.sources.io.XmlNode;
import org.tiescan.sources.support.Countries;
import org.tiescan.sources.support.ExtraProps;

/**
 * The parts of a UK Sanctions List {@code Designation} beyond names: addresses and contact details,
 * and the individual, entity and ship details (element names as in the FCDO XML).
 */
final class UkDesignationDetails {
  private static final String[] ADDRESS_PARTS = {"AddressLine1", "AddressLine2", "AddressLine3",
      "AddressLine4", "AddressLine5", "AddressLine6", "AddressPostalCode", "AddressCountry"};
  /** One line of a registration-number field, e.g. "Legal Entity Identifier - 984500B899H9EED3B354". */
  private static final Pattern LEI_LINE = Pattern.compile("(?i)legal entity identifier\\s*[-:]\\s*([A-Z0-9]{20})");

  private UkDesignationDetails() {}

  static void addTo(XmlNode r, Entity.Builder b) {
    for (XmlNode a : r.all("Addresses", "Address")) {
      b.add(Prop.ADDRESS, a.joined(ADDRESS_PARTS));
      b.add(Prop.COUNTRY, Countries.code(a.childText("AddressCountry")));
    }
    r.texts("PhoneNumbers", "PhoneNumber").forEach(v -> b.add(ExtraProps.PHONE, v));
    r.texts("EmailAddresses", "EmailAddress").forEach(v -> b.add(ExtraProps.EMAIL, v));
    r.texts("Websites", "Website").forEach(v -> b.add(Prop.WEBSITE, v));
    r.all("IndividualDetails", "Individual").forEach(i -> individual(i, b));
    r.all("EntityDetails", "Entity").forEach(e -> entity(e, b));
    r.all("ShipDetails", "Ship").forEach(s -> ship(s, b));
  }

  private static void individual(XmlNode i, Entity.Builder b) {
    i.texts("DOBs", "DOB").forEach(d -> b.add(Prop.BIRTH_DATE, UkDates.iso(d)));
    i.texts("Nationalities", "Nationality").forEach(n -> b.add(Prop.NATIONALITY, Countries.code(n)));
    i.texts("Positions", "Position").forEach(p -> b.add(ExtraProps.POSITION, p));
    i.texts("PassportDetails", "Passport", "PassportNumber").forEach(p -> b.add(ExtraProps.PASSPORT_NUMBER, p));
    i.texts("NationalIdentifierDetails", "NationalIdentifier", "NationalIdentifierNumber")
        .forEach(n -> b.add(ExtraProps.ID_NUMBER, n));
    for (XmlNode place : i.all("BirthDetails", "Location")) {
      b.add(ExtraProps.BIRTH_PLACE, place.joined("TownOfBirth", "CountryOfBirth"));
    }
  }

  private static void entity(XmlNode e, Entity.Builder b) {
    e.texts("ParentCompanies", "ParentCompany").forEach(p -> b.add(Prop.PARENT, p));
    e.texts("Subsidiaries", "Subsidiary").forEach(s -> b.add(ExtraProps.SUBSIDIARY, s));
    for (String field : e.texts("BusinessRegistrationNumbers", "BusinessRegistrationNumber")) {
      for (String line : field.split("\\R")) registration(line.strip(), b);
    }
  }

  private static void registration(String line, Entity.Builder b) {
    Matcher lei = LEI_LINE.matcher(line);
    if (lei.find()) {
      b.add(Prop.LEI, lei.group(1));
    } else {
      b.add(Prop.REGISTRATION_NUMBER, line);
    }
  }

  private static void ship(XmlNode s, Entity.Builder b) {
    s.texts("IMONumbers", "IMONumber").forEach(n -> b.add(Prop.IMO, n.replaceFirst("^IMO\\s*", "")));
    s.texts("CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip").forEach(f -> b.add(ExtraProps.FLAG, f));
    s.texts("TypeOfShipDetails", "TypeOfShip").forEach(t -> b.add(ExtraProps.TYPE, t));
    s.texts("TonnageOfShipDetails", "TonnageOfShip").forEach(t -> b.add(ExtraProps.TONNAGE, t));
    s.texts("CurrentOwnerOperators", "CurrentOwnerOperator").forEach(o -> b.add(ExtraProps.OWNER, o));
  }
}
