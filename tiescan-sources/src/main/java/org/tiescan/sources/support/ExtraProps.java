package org.tiescan.sources.support;

/**
 * FollowTheMoney property names the list readers fill that {@link org.tiescan.model.Prop} does not
 * (yet) name, plus {@link #LINKED_TO}, tiescan's own property for OFAC's "Linked To:" remark.
 */
public final class ExtraProps {
  /** Raw text of OFAC's "Linked To: X" remark: a relation to another listed party, kind unstated. */
  public static final String LINKED_TO = "linkedTo";
  public static final String EMAIL = "email";
  public static final String PHONE = "phone";
  public static final String PASSPORT_NUMBER = "passportNumber";
  public static final String ID_NUMBER = "idNumber";
  public static final String BIRTH_PLACE = "birthPlace";
  public static final String CALL_SIGN = "callSign";
  public static final String FLAG = "flag";
  public static final String TYPE = "type";
  public static final String TONNAGE = "tonnage";
  public static final String GROSS_REGISTERED_TONNAGE = "grossRegisteredTonnage";
  public static final String OWNER = "owner";
  public static final String POSITION = "position";
  /** A subsidiary the list names for an entity, kept as published (no entity of its own). */
  public static final String SUBSIDIARY = "subsidiary";

  private ExtraProps() {}
}
