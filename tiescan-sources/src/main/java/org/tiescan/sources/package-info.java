/**
 * One reader per official list format (trade.gov CSL, OFAC legacy delimited files, FollowTheMoney
 * JSON lines, ...), each turning a file into {@link org.tiescan.model.Entity} records with their
 * designations and provenance. Readers stream: they never hold a whole list in memory.
 */
package org.tiescan.sources;
