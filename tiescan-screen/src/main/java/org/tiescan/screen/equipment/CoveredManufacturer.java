package org.tiescan.screen.equipment;

import java.util.List;

/**
 * A manufacturer whose equipment a rule covers, as stated in {@code data/equipment/covered-manufacturers.yaml}.
 *
 * @param id short stable id used in hit keys, e.g. {@code hikvision}
 * @param name display name
 * @param curatedId the manufacturer's id in the curated dataset (its subsidiaries and brands hang below it)
 * @param names names under which it registers MAC blocks or sells (exact matches give HIGH confidence)
 * @param keywords distinctive words; containing one alone gives LOW confidence
 * @param rules the rules covering its equipment, with the FCC date of inclusion where known
 */
public record CoveredManufacturer(String id, String name, String curatedId, List<String> names,
    List<String> keywords, List<Rule> rules) {
  public CoveredManufacturer {
    names = List.copyOf(names);
    keywords = List.copyOf(keywords);
    rules = List.copyOf(rules);
  }

  /**
   * A rule covering the manufacturer's equipment.
   *
   * @param id e.g. {@code ndaa-889-f3b} or {@code fcc-covered-list}
   * @param title what the rule covers
   * @param citation legal citation
   * @param url official text
   * @param entry for the FCC Covered List: the entry text as published, else null
   * @param date the rule's date for this manufacturer (ISO): the FCC date of inclusion, the statute's
   *     enactment; null when unknown
   * @param dateLabel what the date is: {@code included}, {@code enacted}
   * @param dateSource where entry and date come from, e.g. the Covered List file given, or the
   *     curated dataset's cited list row
   */
  public record Rule(String id, String title, String citation, String url, String entry, String date,
      String dateLabel, String dateSource) {
    /** The same rule with this manufacturer's entry and date. */
    public Rule with(String entry, String date, String dateLabel, String dateSource) {
      return new Rule(id, title, citation, url, entry, date, dateLabel, dateSource);
    }

    /** One line for reports: citation, and the date when there is one, e.g. "47 CFR 1.50002 (included 2021-03-12)". */
    public String describe() {
      return citation + (date == null ? "" : " (" + dateLabel + " " + date + ")");
    }
  }
}
