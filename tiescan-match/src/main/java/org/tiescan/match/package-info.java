/**
 * Candidate retrieval and scoring: a Lucene index over the normalised, transliterated names and
 * identifiers of list entities; a scorer that combines name, identifier and country evidence into a
 * calibrated score in [0,1]; and an {@link org.tiescan.match.Explanation} for every score.
 */
package org.tiescan.match;
