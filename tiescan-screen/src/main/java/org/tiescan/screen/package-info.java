/**
 * Screening: turns input records into {@link org.tiescan.match.Query} objects, asks a
 * {@link org.tiescan.match.Matcher} (any engine) on all cores, and hands each
 * {@link org.tiescan.screen.ScreenedRecord} on in input order to the report writers. The
 * {@link org.tiescan.screen.Screener} knows nothing about how lists are stored or indexed. Given a
 * {@link org.tiescan.screen.GraphAnnotator}, it folds results that are one organisation in the
 * ownership graph and adds each result's exposure to designated entities
 * ({@link org.tiescan.screen.HitContext}).
 */
package org.tiescan.screen;
