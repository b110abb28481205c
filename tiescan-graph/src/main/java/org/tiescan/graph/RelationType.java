package org.tiescan.graph;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kinds of links between organisations. Every edge runs from the subordinate party to the
 * controlling one, so each type has a phrase for both reading directions.
 */
public enum RelationType {
  /** The subordinate is a subsidiary of the controlling party (as a filing or list states it). */
  SUBSIDIARY("subsidiary", "subsidiary of", "parent of", true),
  /** The controlling party holds shares in the subordinate; the share may be known. */
  OWNERSHIP("ownership", "owned by", "owner of", true),
  /** The subordinate is a brand or trade name operated by the controlling party. */
  BRAND("brand", "brand of", "owner of brand", false),
  /** The subordinate is a joint venture in which the controlling party is a partner. */
  JOINT_VENTURE("joint_venture", "joint venture of", "joint-venture partner in", false),
  /** The subordinate is an organisational unit of a public body (bureau, institute, corps unit). */
  UNIT("unit", "unit of", "has unit", false),
  /** A documented affiliation without a stated ownership (e.g. "affiliated with" in a list note). */
  AFFILIATED("affiliated", "affiliated with", "affiliated with", false),
  /** OFAC's "Linked To:" remark: the list links the record to another designated party. */
  LINKED_TO("linked_to", "linked to", "linked from", false);

  private final String key;
  private final String up;
  private final String down;
  private final boolean ownership;

  RelationType(String key, String up, String down, boolean ownership) {
    this.key = key;
    this.up = up;
    this.down = down;
    this.ownership = ownership;
  }

  /** The name used in data files, e.g. {@code joint_venture}. */
  public String key() { return key; }

  /** Reading from the subordinate to the controlling party, e.g. "subsidiary of". */
  public String upPhrase() { return up; }

  /** Reading from the controlling party to the subordinate, e.g. "parent of". */
  public String downPhrase() { return down; }

  /** Whether the link is an equity holding, so that shares along it can be multiplied. */
  public boolean isOwnership() { return ownership; }

  /** Every type, for options that follow all links. */
  public static Set<RelationType> all() { return EnumSet.allOf(RelationType.class); }

  /** Parses a data-file key; throws naming the allowed keys. */
  public static RelationType fromKey(String key) {
    for (RelationType t : values()) if (t.key.equals(key)) return t;
    throw new IllegalArgumentException("unknown relationship type '" + key + "'; allowed: "
        + Arrays.stream(values()).map(RelationType::key).collect(Collectors.joining(", ")));
  }
}
