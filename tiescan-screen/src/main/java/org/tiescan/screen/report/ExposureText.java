package org.tiescan.screen.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tiescan.graph.ExposureHit;
import org.tiescan.graph.ExposurePath;
import org.tiescan.graph.Provenance;
import org.tiescan.graph.Step;
import org.tiescan.model.Designation;
import org.tiescan.screen.HitContext;

/**
 * Exposure paths as reviewers read them, e.g. "EZVIZ → subsidiary of → Hikvision (Entity List,
 * 84 FR 54002)": the same words in the CSV column, the HTML report, the terminal and {@code tiescan match}.
 */
public final class ExposureText {
  private ExposureText() {}

  /** One path, ending with the listing of the designated entity it reaches. */
  public static String path(ExposureHit target, ExposurePath p) {
    StringBuilder b = new StringBuilder(p.steps().isEmpty() ? "" : p.steps().get(0).fromName());
    for (Step s : p.steps()) b.append(" → ").append(s.phrase()).append(" → ").append(s.toName());
    String listing = listing(target.designations());
    if (!listing.isEmpty()) b.append(" (").append(listing).append(')');
    if (p.combinedShare() != null) b.append(" [combined share ").append(share(p.combinedShare())).append(']');
    return b.toString();
  }

  /** Every path of a result, one per connected designated entity and path, separated by " | ". */
  public static String paths(HitContext c) {
    List<String> out = new ArrayList<>();
    if (c == null) return "";
    for (ExposureHit h : c.exposure().hits()) for (ExposurePath p : h.paths()) out.add(path(h, p));
    return String.join(" | ", out);
  }

  /** The sources stated for a path's links, each once. */
  public static List<String> sources(ExposurePath p) {
    Set<String> out = new LinkedHashSet<>();
    for (Step s : p.steps()) for (Provenance src : s.sources()) out.add(src.describe());
    return List.copyOf(out);
  }

  /** "Entity List (EL) - Bureau of Industry and Security, 84 FR 54002; ..." */
  public static String listing(List<Designation> ds) {
    Set<String> out = new LinkedHashSet<>();
    for (Designation d : ds) {
      String list = d.list() == null ? d.dataset() : d.list();
      out.add(d.citations().isEmpty() ? list : list + ", " + String.join(", ", d.citations()));
    }
    return String.join("; ", out);
  }

  /** How the basis reads for a reviewer. */
  public static String basis(HitContext c) {
    if (c == null) return "";
    return switch (c.basis()) {
      case HitContext.LISTED -> "listed";
      case HitContext.EXPOSURE -> "exposure through ownership/affiliation (not itself listed)";
      case HitContext.UNLISTED -> "on a loaded list without a designation (no listed link found)";
      default -> "curated dataset only (not listed, no listed link found)";
    };
  }

  private static String share(double s) {
    return String.format(java.util.Locale.ROOT, "%.1f %%", s);
  }
}
