package org.tiescan.graph;

import java.util.List;

/**
 * A shortest path from the screened entity to a listed one.
 *
 * @param steps the links in order
 * @param combinedShare the indirect share of the screened entity held by the listed one (product of
 *     the shares) when every step is an upward ownership link with a published share; else null
 */
public record ExposurePath(List<Step> steps, Double combinedShare) {
  public ExposurePath {
    steps = List.copyOf(steps);
  }

  /** The entity ids along the path, screened entity first. */
  public List<String> entityIds() {
    List<String> ids = new java.util.ArrayList<>();
    if (!steps.isEmpty()) ids.add(steps.get(0).fromId());
    steps.forEach(s -> ids.add(s.toId()));
    return ids;
  }

  /** "A → subsidiary of → B → ..." for text output. */
  public String describe() {
    StringBuilder b = new StringBuilder(steps.isEmpty() ? "" : steps.get(0).fromName());
    for (Step s : steps) b.append(" —[").append(s.phrase()).append("]→ ").append(s.toName());
    return b.toString();
  }
}
