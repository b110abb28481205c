package org.tiescan.match;

import org.tiescan.model.Entity;

/** One candidate entity with its score in [0,1], whether it passes the threshold, and why. */
public record MatchResult(Entity entity, double score, boolean match, Explanation explanation) {}
