package org.tiescan.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.tiescan.graph.ExposureOptions;
import org.tiescan.graph.RelationType;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --exposure-depth} and {@code --relations}, shared by screen, match and entity. */
public final class ExposureFlags {
  @Option(names = "--exposure-depth", paramLabel = "N",
      description = "Follow at most N ownership/affiliation links from a hit to designated entities; 0 turns "
          + "exposure off (default: ${DEFAULT-VALUE}).")
  int depth = ExposureOptions.defaults().maxDepth();

  @Option(names = "--relations", split = ",", paramLabel = "TYPE",
      description = "Link types to follow: subsidiary, ownership, brand, joint_venture, unit, affiliated, "
          + "linked_to (comma-separated; default: all).")
  List<String> relations = new ArrayList<>();

  boolean enabled() {
    return depth > 0;
  }

  /** The graph step for screening, or null when exposure is off or the workspace has no graph. */
  org.tiescan.screen.GraphAnnotator annotator(Workspace ws, CommandLine cmd) {
    ExposureOptions options = toOptions(cmd);
    if (!enabled()) return null;
    return ws.graph().map(g -> new org.tiescan.screen.GraphAnnotator(g.graph(), options)).orElse(null);
  }

  /** The links followed (0: exposure off). */
  public int depth() {
    return depth;
  }

  /** The link types named with --relations (empty: all). */
  public List<String> relations() {
    return List.copyOf(relations);
  }

  /** The options, checked; a bad value is a usage error naming the option. */
  public ExposureOptions toOptions(CommandLine cmd) {
    if (depth < 0) throw new CommandLine.ParameterException(cmd, "--exposure-depth must be 0 or more, got " + depth);
    ExposureOptions o = ExposureOptions.defaults().withDepth(Math.max(1, depth));
    if (relations.isEmpty()) return o;
    EnumSet<RelationType> types = EnumSet.noneOf(RelationType.class);
    for (String r : relations) {
      try {
        types.add(RelationType.fromKey(r.strip().toLowerCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cmd, "--relations: " + e.getMessage());
      }
    }
    return o.withTypes(types);
  }
}
