package org.tiescan.graph;

import java.util.List;
import org.tiescan.model.Designation;

/**
 * A listed entity reachable from the screened one.
 *
 * @param entityId the listed entity
 * @param caption its display name
 * @param designations its listings (list, citation, dates)
 * @param distance links on the shortest path
 * @param paths every distinct shortest path (capped by the options), in a stable order
 * @param combinedShare the largest combined share over the paths that have one, or null
 */
public record ExposureHit(String entityId, String caption, List<Designation> designations, int distance,
    List<ExposurePath> paths, Double combinedShare) {
  public ExposureHit {
    designations = List.copyOf(designations);
    paths = List.copyOf(paths);
  }
}
