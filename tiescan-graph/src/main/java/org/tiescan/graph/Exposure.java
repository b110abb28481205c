package org.tiescan.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tiescan.model.Entity;

/**
 * The listed entities a screened entity is connected to, with every shortest path and its sources.
 *
 * <p>Breadth-first over the links allowed by the options, recording every predecessor at the
 * shortest distance, so diamonds yield each distinct shortest path and cycles end (a node is
 * expanded once). By default the walk goes up the controlling chain and down the controlled tree
 * separately, so siblings are not reported unless {@link Direction#BOTH} is asked for. Neighbours
 * are visited in a fixed order, so output is deterministic.
 */
public final class Exposure {
  private final OwnershipGraph graph;

  public Exposure(OwnershipGraph graph) {
    this.graph = graph;
  }

  /** Exposure of {@code entityId} with {@link ExposureOptions#defaults()}. */
  public ExposureReport of(String entityId) {
    return of(entityId, ExposureOptions.defaults());
  }

  /** Exposure of {@code entityId} (a curated id or a list record id) under {@code options}. */
  public ExposureReport of(String entityId, ExposureOptions options) {
    return of(entityId, null, options);
  }

  /**
   * Exposure of {@code entity}, which the caller holds (a screening result): when it is no node of the
   * graph it is not looked up again, as {@link #of(String, ExposureOptions)} would.
   */
  public ExposureReport of(Entity entity, ExposureOptions options) {
    return of(entity.id(), entity, options);
  }

  private ExposureReport of(String entityId, Entity held, ExposureOptions options) {
    String start = graph.canonical(entityId);
    // an entity that is no node has no links: only the rules' verdict on itself is left to find
    Entity unlinked = held != null && held.id().equals(start) && !graph.isNode(start) ? held : null;
    Optional<Entity> self = unlinked != null ? Optional.of(unlinked) : graph.entity(start);
    if (self.isEmpty()) return new ExposureReport(start, entityId, false, false, List.of(), List.of());
    List<Walk> walks = options.direction() == Direction.UP_OR_DOWN
        ? List.of(walk(start, options, Direction.UP), walk(start, options, Direction.DOWN))
        : List.of(walk(start, options, options.direction()));
    TreeMap<String, Integer> nearest = new TreeMap<>();
    for (Walk w : walks) w.dist.forEach((id, d) -> nearest.merge(id, d, Math::min));
    List<ExposureHit> hits = new ArrayList<>();
    for (Map.Entry<String, Integer> d : nearest.entrySet()) {
      if (d.getValue() == 0) continue;
      Entity target = graph.entity(d.getKey()).orElseThrow();
      if (!options.listed().test(target)) continue;
      LinkedHashSet<List<Step>> found = new LinkedHashSet<>();
      for (Walk w : walks) {
        if (d.getValue().equals(w.dist.get(d.getKey()))) back(start, d.getKey(), new ArrayDeque<>(), w.preds, found, options.maxPathsPerTarget());
      }
      List<ExposurePath> paths = new ArrayList<>();
      for (List<Step> steps : found) paths.add(new ExposurePath(steps, combined(steps)));
      Double best = paths.stream().map(ExposurePath::combinedShare).filter(x -> x != null)
          .max(Double::compare).orElse(null);
      hits.add(new ExposureHit(target.id(), target.caption(), target.designations(), d.getValue(), paths, best));
    }
    hits.sort(Comparator.comparingInt(ExposureHit::distance).thenComparing(ExposureHit::entityId));
    List<RuleFinding> rules = new ArrayList<>();
    for (OwnershipRule r : options.rules()) rules.add(new RuleEvaluator(graph, r, unlinked).evaluate(start));
    return new ExposureReport(start, self.get().caption(), true, options.listed().test(self.get()), hits, rules);
  }

  /** Distances and shortest-path predecessors of one breadth-first walk. */
  private record Walk(Map<String, Integer> dist, Map<String, List<Step>> preds) {}

  private Walk walk(String start, ExposureOptions o, Direction direction) {
    Map<String, Integer> dist = new LinkedHashMap<>();
    Map<String, List<Step>> preds = new TreeMap<>();
    Deque<String> queue = new ArrayDeque<>();
    dist.put(start, 0);
    queue.add(start);
    while (!queue.isEmpty()) {
      String node = queue.poll();
      int next = dist.get(node) + 1;
      if (next > o.maxDepth()) continue;
      for (Step s : steps(node, o, direction)) {
        Integer seen = dist.get(s.toId());
        if (seen == null) {
          dist.put(s.toId(), next);
          queue.add(s.toId());
        }
        if (seen == null || seen == next) preds.computeIfAbsent(s.toId(), k -> new ArrayList<>()).add(s);
      }
    }
    return new Walk(dist, preds);
  }

  private List<Step> steps(String node, ExposureOptions o, Direction direction) {
    List<Step> out = new ArrayList<>();
    if (direction != Direction.DOWN) {
      for (Edge e : graph.upward(node)) if (o.types().contains(e.type())) out.add(step(e, node, e.to(), Direction.UP));
    }
    if (direction != Direction.UP) {
      for (Edge e : graph.downward(node)) if (o.types().contains(e.type())) out.add(step(e, node, e.from(), Direction.DOWN));
    }
    return out;
  }

  private Step step(Edge e, String from, String to, Direction dir) {
    return new Step(from, graph.caption(from), to, graph.caption(to), e.type(), dir, e.share(), e.id(), e.sources());
  }

  /** Every distinct shortest path, by walking predecessors back depth-first (capped). */
  private void back(String start, String node, Deque<Step> suffix, Map<String, List<Step>> preds,
      LinkedHashSet<List<Step>> found, int cap) {
    if (found.size() >= cap) return;
    if (node.equals(start)) {
      found.add(List.copyOf(suffix));
      return;
    }
    for (Step s : preds.getOrDefault(node, List.of())) {
      suffix.push(s);
      back(start, s.fromId(), suffix, preds, found, cap);
      suffix.pop();
    }
  }

  /** Product of the shares when every step is an upward ownership link with a published share. */
  static Double combined(List<Step> steps) {
    double pct = 100.0;
    for (Step s : steps) {
      if (s.direction() != Direction.UP || !s.type().isOwnership() || s.share() == null) return null;
      pct = Shares.chain(pct, s.share());
    }
    return steps.isEmpty() ? null : pct;
  }
}
