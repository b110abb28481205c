package org.tiescan.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiescan.model.Entity;

/**
 * Evaluates an {@link OwnershipRule} over the ownership links of a graph. An owner counts when it is
 * listed for the rule or is itself covered by the rule through its own owners (OFAC FAQ 401: the
 * holdings of a blocked company count in full, not multiplied). Cycles are cut: an entity already
 * under evaluation counts as not covered on that branch, and answers found with a cut are not reused.
 */
final class RuleEvaluator {
  private final OwnershipGraph graph;
  private final OwnershipRule rule;
  private final Map<String, RuleFinding> memo = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  /** The entity evaluated first, when the caller holds it and it is no node of the graph; else null. */
  private final Entity start;

  RuleEvaluator(OwnershipGraph graph, OwnershipRule rule) {
    this(graph, rule, null);
  }

  RuleEvaluator(OwnershipGraph graph, OwnershipRule rule, Entity start) {
    this.graph = graph;
    this.rule = rule;
    this.start = start;
  }

  RuleFinding evaluate(String id) {
    RuleFinding done = memo.get(id);
    if (done != null) return done;
    Entity e = start != null && start.id().equals(id) ? start : graph.entity(id).orElse(null);
    if (e != null && rule.covers().test(e)) {
      return remember(id, finding(RuleFinding.Status.LISTED, 0, List.of(), "listed for this rule itself"));
    }
    inProgress.add(id);
    double known = 0;
    boolean unknownShare = false;
    List<RuleFinding.OwnerShare> owners = new ArrayList<>();
    boolean cut = false;
    for (Edge edge : graph.upward(id)) {
      if (!edge.type().isOwnership()) continue;
      if (inProgress.contains(edge.to())) {
        cut = true;
        continue;
      }
      String coveredBy = coveredBy(edge.to());
      if (coveredBy == null) continue;
      owners.add(new RuleFinding.OwnerShare(edge.to(), graph.caption(edge.to()), edge.share(), coveredBy, edge.id()));
      if (edge.share() == null) unknownShare = true;
      else known += edge.share();
    }
    inProgress.remove(id);
    RuleFinding f = outcome(known, unknownShare, owners);
    // an answer found with a cycle cut open holds only for this branch: do not reuse it elsewhere
    return cut ? f : remember(id, f);
  }

  private String coveredBy(String ownerId) {
    RuleFinding.Status s = evaluate(ownerId).status();
    if (s == RuleFinding.Status.LISTED) return "listed";
    return s == RuleFinding.Status.APPLIES ? "rule" : null;
  }

  private RuleFinding outcome(double known, boolean unknownShare, List<RuleFinding.OwnerShare> owners) {
    String total = Shares.format(known);
    if (known >= OwnershipRule.THRESHOLD) {
      return finding(RuleFinding.Status.APPLIES, known, owners,
          "listed or covered owners hold " + total + " in the aggregate (published shares)");
    }
    if (unknownShare) {
      return finding(RuleFinding.Status.UNDETERMINED, known, owners,
          "owned by listed parties whose shares are not published; published shares total " + total);
    }
    String why = owners.isEmpty() ? "no listed owner known" : "listed owners hold " + total + ", below 50 %";
    return finding(RuleFinding.Status.DOES_NOT_APPLY, known, owners, why);
  }

  private RuleFinding finding(RuleFinding.Status s, double known, List<RuleFinding.OwnerShare> owners, String why) {
    return new RuleFinding(rule.name(), rule.citation(), rule.url(), s, known, owners, why + "; " + rule.note());
  }

  private RuleFinding remember(String id, RuleFinding f) {
    memo.put(id, f);
    return f;
  }
}
