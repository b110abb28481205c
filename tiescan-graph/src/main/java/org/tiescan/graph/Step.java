package org.tiescan.graph;

import java.util.List;

/**
 * One link walked in an exposure path.
 *
 * @param fromId where the step starts
 * @param fromName its display name
 * @param toId where the step ends
 * @param toName its display name
 * @param type the kind of link
 * @param direction {@link Direction#UP} when walking from subordinate to controlling party, else DOWN
 * @param share the published share of the subordinate held by the controlling party, or null
 * @param edgeId the link's id
 * @param sources where the link is stated
 */
public record Step(String fromId, String fromName, String toId, String toName, RelationType type,
    Direction direction, Double share, String edgeId, List<Provenance> sources) {

  /** "A — subsidiary of → B (48 %)" style phrase for text output. */
  public String phrase() {
    String rel = direction == Direction.UP ? type.upPhrase() : type.downPhrase();
    String s = share == null ? "" : " (" + Shares.format(share) + ")";
    return rel + s;
  }
}
