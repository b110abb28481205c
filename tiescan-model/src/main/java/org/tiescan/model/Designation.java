package org.tiescan.model;

import java.util.List;

/**
 * One listing of an entity on an official list: the legal basis a reviewer cites.
 *
 * @param dataset tiescan dataset name, e.g. {@code us-bis-entity-list}, {@code us-ofac-ns-cmic}
 * @param list the list as its publisher names it, e.g. "Entity List (EL) - Bureau of Industry and Security"
 * @param programs sanction programs, e.g. {@code CMIC-EO13959}, {@code SDGT}
 * @param authority who designated, e.g. "U.S. Department of Commerce, BIS"
 * @param citations legal citations as published, e.g. {@code 84 FR 54002}
 * @param startDate ISO date the listing took effect, or null when unknown
 * @param endDate ISO date the listing ended, or null
 * @param sourceUrl where the publisher shows the entry or the list
 * @param sourceId the record's own id in its source (CSL {@code _id}, OFAC {@code ent_num})
 * @param reason the stated reason or remarks, as published, or null
 */
public record Designation(
    String dataset,
    String list,
    List<String> programs,
    String authority,
    List<String> citations,
    String startDate,
    String endDate,
    String sourceUrl,
    String sourceId,
    String reason) {

  public Designation {
    programs = programs == null ? List.of() : List.copyOf(programs);
    citations = citations == null ? List.of() : List.copyOf(citations);
  }
}
