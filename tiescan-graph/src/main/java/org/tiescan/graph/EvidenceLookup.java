package org.tiescan.graph;

import java.util.List;
import org.tiescan.graph.curated.Claim;

/** Where {@link EntityView} finds the sourced claims behind an entity's values (the curated dataset). */
@FunctionalInterface
public interface EvidenceLookup {
  List<Claim> claims(String entityId);

  /** No claims known (entities from lists only carry their designations). */
  static EvidenceLookup none() {
    return id -> List.of();
  }
}
