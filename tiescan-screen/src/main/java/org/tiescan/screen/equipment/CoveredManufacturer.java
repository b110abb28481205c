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
   * @param date for the FCC Covered List: date of inclusion (ISO), else null
   */
  public record Rule(String id, String title, String citation, String url, String entry, String date) {
    /** One line for reports: citation, and the date of inclusion when there is one. */
    public String describe() {
      return citation + (date == null ? "" : " (included " + date + ")");
    }
  }
}
