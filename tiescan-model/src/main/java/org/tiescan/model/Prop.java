package org.tiescan.model;

import java.util.List;

/** FollowTheMoney property names used by tiescan (names follow the FtM schema definitions). */
public final class Prop {
  public static final String NAME = "name";
  public static final String ALIAS = "alias";
  public static final String WEAK_ALIAS = "weakAlias";
  public static final String PREVIOUS_NAME = "previousName";
  public static final String COUNTRY = "country";
  public static final String JURISDICTION = "jurisdiction";
  public static final String ADDRESS = "address";
  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String TAX_NUMBER = "taxNumber";
  public static final String USCC = "uscCode";
  public static final String LEI = "leiCode";
  public static final String ISIN = "isinCode";
  public static final String TICKER = "ticker";
  public static final String SWIFT_BIC = "swiftBic";
  public static final String IMO = "imoNumber";
  public static final String WEBSITE = "website";
  public static final String TOPICS = "topics";
  public static final String PROGRAM = "program";
  public static final String NOTES = "notes";
  public static final String SOURCE_URL = "sourceUrl";
  public static final String PARENT = "parent";
  public static final String BIRTH_DATE = "birthDate";
  public static final String NATIONALITY = "nationality";
  public static final String TITLE = "title";

  /** Properties that hold a name of the entity, strongest first. */
  public static final List<String> NAMES = List.of(NAME, ALIAS, PREVIOUS_NAME, WEAK_ALIAS);

  /** Properties that hold an identifier strong enough to match on by itself. */
  public static final List<String> IDENTIFIERS =
      List.of(USCC, LEI, ISIN, TICKER, REGISTRATION_NUMBER, TAX_NUMBER, SWIFT_BIC, IMO);

  /** Properties that hold a country code (ISO 3166-1 alpha-2, lower case as in FtM). */
  public static final List<String> COUNTRIES = List.of(COUNTRY, JURISDICTION, NATIONALITY);

  private Prop() {}
}
