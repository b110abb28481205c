package org.tiescan.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.tiescan.model.Entity;

/**
 * Draws a {@link Neighbourhood} as a self-contained SVG (no scripts, fonts or links to fetch):
 * controlling parties above, subordinate ones below, one band per level (wrapped after six
 * entities), listed entities outlined in red, every link labelled with its type and published share.
 */
final class SvgGraph {
  private static final int BOX_W = 220;
  private static final int BOX_H = 46;
  private static final int COL_W = 250;
  private static final int ROW_H = 120;
  private static final int PAD = 30;
  private static final int MAX_COLS = 6;

  private SvgGraph() {}

  static String render(OwnershipGraph graph, Neighbourhood n, Predicate<Entity> listed) {
    Map<Integer, List<String>> levels = new TreeMap<>();
    n.levels().forEach((id, level) -> levels.computeIfAbsent(level, k -> new ArrayList<>()).add(id));
    // a level with many entities (CETC's units) wraps into several rows so the picture stays readable
    List<List<String>> rows = new ArrayList<>();
    for (List<String> level : levels.values()) {
      level.sort(null);
      for (int i = 0; i < level.size(); i += MAX_COLS) rows.add(level.subList(i, Math.min(level.size(), i + MAX_COLS)));
    }
    int cols = rows.stream().mapToInt(List::size).max().orElse(1);
    int width = cols * COL_W + 2 * PAD;
    int height = rows.size() * ROW_H + 2 * PAD;
    Map<String, int[]> at = new HashMap<>();
    int r = 0;
    for (List<String> row : rows) {
      int offset = (width - row.size() * COL_W) / 2;
      for (int i = 0; i < row.size(); i++) at.put(row.get(i), new int[] {offset + i * COL_W + (COL_W - BOX_W) / 2, PAD + r * ROW_H});
      r++;
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n");
    svg.append("<title>").append(esc("Links of " + graph.caption(n.centre()))).append("</title>\n");
    svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
    for (Edge e : n.edges()) edge(svg, e, at.get(e.from()), at.get(e.to()));
    for (Map.Entry<String, int[]> a : at.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      Entity ent = graph.entity(a.getKey()).orElse(null);
      boolean isListed = ent != null && listed.test(ent);
      node(svg, a.getKey(), graph.caption(a.getKey()), a.getValue(), isListed, a.getKey().equals(n.centre()));
    }
    return svg.append("</svg>\n").toString();
  }

  private static void edge(StringBuilder svg, Edge e, int[] from, int[] to) {
    int x1 = from[0] + BOX_W / 2;
    int x2 = to[0] + BOX_W / 2;
    boolean upward = to[1] < from[1];
    boolean same = to[1] == from[1];
    int y1 = same ? from[1] + BOX_H / 2 : upward ? from[1] : from[1] + BOX_H;
    int y2 = same ? to[1] + BOX_H / 2 : upward ? to[1] + BOX_H : to[1];
    if (same) {
      x1 = from[0] + (x2 > x1 ? BOX_W : 0);
      x2 = to[0] + (x2 > from[0] + BOX_W / 2 ? 0 : BOX_W);
    }
    svg.append("<g class=\"edge\"><title>").append(esc(e.id() + ": " + e.type().upPhrase()
        + (e.share() == null ? "" : " " + Shares.format(e.share())) + " — " + e.sources().get(0).describe()))
        .append("</title><line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
        .append("\" y2=\"").append(y2).append("\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
    String label = e.type().key() + (e.share() == null ? "" : " " + Shares.format(e.share()));
    svg.append("<text x=\"").append((x1 + x2) / 2 + 4).append("\" y=\"").append((y1 + y2) / 2)
        .append("\" fill=\"#333\" font-size=\"11\">").append(esc(label)).append("</text></g>\n");
  }

  private static void node(StringBuilder svg, String id, String caption, int[] p, boolean listed, boolean centre) {
    String stroke = listed ? "#b00020" : "#666";
    String fill = centre ? "#fff7d6" : "#ffffff";
    svg.append("<g class=\"node\"><title>").append(esc(caption + " (" + id + ")" + (listed ? " — listed" : "")))
        .append("</title><rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(BOX_W)
        .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"")
        .append(stroke).append("\" stroke-width=\"").append(centre || listed ? 2.5 : 1).append("\"/>");
    svg.append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 19).append("\">")
        .append(esc(shorten(caption, 32))).append("</text>");
    svg.append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 36).append("\" fill=\"#666\" font-size=\"10\">")
        .append(esc(shorten(id, 30) + (listed ? " · listed" : ""))).append("</text></g>\n");
  }

  private static String shorten(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
