package org.tiescan.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.tiescan.model.Entity;

/**
 * How far and along which links {@link Exposure} looks.
 *
 * @param maxDepth most links in a path (at least 1)
 * @param types link types followed
 * @param direction up to controlling parties, down to controlled ones, or both
 * @param listed which entities count as listed (default: any with a designation)
 * @param rules ownership rules to evaluate for the entity (e.g. OFAC's 50 % rule)
 * @param maxPathsPerTarget cap on reported shortest paths per listed entity (diamonds can multiply paths)
 */
public record ExposureOptions(int maxDepth, Set<RelationType> types, Direction direction,
    Predicate<Entity> listed, List<OwnershipRule> rules, int maxPathsPerTarget) {

  public ExposureOptions {
    if (maxDepth < 1) throw new IllegalArgumentException("maxDepth must be at least 1");
    if (maxPathsPerTarget < 1) throw new IllegalArgumentException("maxPathsPerTarget must be at least 1");
    types = Set.copyOf(types);
    Objects.requireNonNull(direction);
    Objects.requireNonNull(listed);
    rules = List.copyOf(rules);
  }

  /** Three links, every type, up or down without turning, designated entities, OFAC and BIS 50 % rules. */
  public static ExposureOptions defaults() {
    return new ExposureOptions(3, RelationType.all(), Direction.UP_OR_DOWN, e -> !e.designations().isEmpty(),
        List.of(OwnershipRule.OFAC_50_PERCENT, OwnershipRule.BIS_AFFILIATES), 20);
  }

  public ExposureOptions withDepth(int depth) {
    return new ExposureOptions(depth, types, direction, listed, rules, maxPathsPerTarget);
  }

  public ExposureOptions withTypes(Set<RelationType> t) {
    return new ExposureOptions(maxDepth, t, direction, listed, rules, maxPathsPerTarget);
  }

  public ExposureOptions withDirection(Direction d) {
    return new ExposureOptions(maxDepth, types, d, listed, rules, maxPathsPerTarget);
  }

  public ExposureOptions withListed(Predicate<Entity> p) {
    return new ExposureOptions(maxDepth, types, direction, p, rules, maxPathsPerTarget);
  }
}
