/**
 * The ownership and affiliation graph: who owns, controls, brands or is linked to whom, with the
 * source of every link, and the exposure of a screening hit to listed entities through it.
 *
 * <p>Edges point from the subordinate party (subsidiary, owned company, brand, unit) to the
 * controlling one (parent, owner, brand owner). {@link org.tiescan.graph.OwnershipGraph} is built
 * from the curated dataset ({@link org.tiescan.graph.curated}) and from links found in list records
 * ({@link org.tiescan.graph.ListRelations}, {@link org.tiescan.graph.RorRelations});
 * {@link org.tiescan.graph.Exposure} walks it; {@link org.tiescan.graph.EntityView} renders an
 * entity with its neighbourhood as text, JSON and SVG.
 */
package org.tiescan.graph;
