package org.tiescan.graph;

import java.util.List;

/**
 * What the graph says about one screened entity.
 *
 * @param entityId the entity asked about (its canonical id in the graph)
 * @param caption its display name
 * @param known whether the graph knows the entity at all (an unknown id has no exposure, which is
 *     not the same as "clean")
 * @param listedItself whether the entity is itself listed
 * @param hits listed entities reachable within the options, nearest first
 * @param rules the ownership rules evaluated for the entity
 */
public record ExposureReport(String entityId, String caption, boolean known, boolean listedItself,
    List<ExposureHit> hits, List<RuleFinding> rules) {
  public ExposureReport {
    hits = List.copyOf(hits);
    rules = List.copyOf(rules);
  }
}
