package org.tiescan.cli;

import org.tiescan.graph.EvidenceLookup;
import org.tiescan.graph.OwnershipGraph;

/**
 * The ownership graph of the loaded data: curated entities and links plus the links list records
 * state, with the sourced claims behind the curated values.
 */
public record LoadedGraph(OwnershipGraph graph, EvidenceLookup evidence) {}
