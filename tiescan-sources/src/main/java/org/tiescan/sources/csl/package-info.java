/**
 * The trade.gov Consolidated Screening List in its CSV and JSON forms. Both readers fill the same
 * {@code CslRecord} and map it through one mapper, so a record gives the same entity either way.
 */
package org.tiescan.sources.csl;
