package org.tiescan.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities within a few links of one entity, and the links between them, each entity with a
 * level: 0 for the centre, negative above (parents, owners), positive below (subsidiaries, brands).
 *
 * @param centre the entity in the middle
 * @param levels entity id -> level, in visiting order
 * @param edges the links among those entities
 */
public record Neighbourhood(String centre, Map<String, Integer> levels, List<Edge> edges) {

  /** Breadth-first over every link type in both directions, up to {@code depth} links. */
  public static Neighbourhood of(OwnershipGraph graph, String id, int depth) {
    String centre = graph.canonical(id);
    Map<String, Integer> levels = new LinkedHashMap<>();
    Map<String, Integer> dist = new LinkedHashMap<>();
    Set<Edge> edges = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    levels.put(centre, 0);
    dist.put(centre, 0);
    queue.add(centre);
    while (!queue.isEmpty()) {
      String n = queue.poll();
      if (dist.get(n) >= depth) continue;
      for (Edge e : graph.upward(n)) visit(e, e.to(), levels.get(n) - 1, n, levels, dist, queue, edges);
      for (Edge e : graph.downward(n)) visit(e, e.from(), levels.get(n) + 1, n, levels, dist, queue, edges);
    }
    List<Edge> inside = new ArrayList<>();
    for (Edge e : edges) if (levels.containsKey(e.from()) && levels.containsKey(e.to())) inside.add(e);
    return new Neighbourhood(centre, levels, inside);
  }

  private static void visit(Edge e, String other, int level, String from, Map<String, Integer> levels,
      Map<String, Integer> dist, Deque<String> queue, Set<Edge> edges) {
    edges.add(e);
    if (levels.containsKey(other)) return;
    levels.put(other, level);
    dist.put(other, dist.get(from) + 1);
    queue.add(other);
  }
}
