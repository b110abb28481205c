package org.tiescan.screen.engine;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.tiescan.graph.ExposureOptions;
import org.tiescan.graph.RelationType;
import org.tiescan.match.MatchOptions;

/**
 * The screening options in a form that travels to workers (the {@code screen} command's
 * {@code --threshold}, {@code --top}, {@code --exposure-depth} and {@code --relations}).
 *
 * @param threshold results at or above it are matches
 * @param top most results per record
 * @param exposureDepth most links followed to designated entities; 0 turns the graph off
 * @param relations link types followed, by key (empty: all)
 */
public record ScreeningSettings(double threshold, int top, int exposureDepth, List<String> relations)
    implements Serializable {
  public ScreeningSettings {
    if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
    if (top < 1) throw new IllegalArgumentException("top must be at least 1, got " + top);
    if (exposureDepth < 0) throw new IllegalArgumentException("exposure depth must be 0 or more, got " + exposureDepth);
    relations = relations == null ? List.of() : List.copyOf(relations);
  }

  /** The {@code screen} command's defaults. */
  public static ScreeningSettings defaults() {
    return new ScreeningSettings(MatchOptions.DEFAULT_THRESHOLD, 5, ExposureOptions.defaults().maxDepth(), List.of());
  }

  public MatchOptions matchOptions() {
    return new MatchOptions(threshold, top, false);
  }

  /** The exposure options, or null when the graph is off. */
  public ExposureOptions exposureOptions() {
    if (exposureDepth == 0) return null;
    ExposureOptions o = ExposureOptions.defaults().withDepth(exposureDepth);
    if (relations.isEmpty()) return o;
    EnumSet<RelationType> types = EnumSet.noneOf(RelationType.class);
    for (String r : relations) types.add(RelationType.fromKey(r.strip().toLowerCase(Locale.ROOT)));
    return o.withTypes(types);
  }
}
