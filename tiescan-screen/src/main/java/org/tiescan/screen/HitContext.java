package org.tiescan.screen;

import java.util.List;
import org.tiescan.graph.ExposureReport;
import org.tiescan.match.MatchResult;

/**
 * What the ownership graph adds to one result.
 *
 * @param basis why the result is a lead: {@link #LISTED} (the entity itself is designated),
 *     {@link #EXPOSURE} (not designated, but linked by ownership or affiliation to a designated one),
 *     {@link #CURATED} (in the curated dataset only: documented ties, no listing, no listed link), or
 *     {@link #UNLISTED} (a record of a loaded list that carries no designation, e.g. of a FollowTheMoney
 *     file without sanction topics, and has no listed link)
 * @param graphId the entity's id in the graph (a curated id when a curated entity cites the list record)
 * @param exposure the designated entities it is connected to, with paths and sources
 * @param sameAs other results for the same organisation (a list record and the curated entity that
 *     cites it), folded into this one so it is not shown twice
 */
public record HitContext(String basis, String graphId, ExposureReport exposure, List<MatchResult> sameAs) {
  public static final String LISTED = "listed";
  public static final String EXPOSURE = "exposure";
  public static final String CURATED = "curated";
  public static final String UNLISTED = "unlisted";

  public HitContext {
    sameAs = List.copyOf(sameAs);
  }
}
