package org.tiescan.screen.publications;

import java.util.List;
import org.tiescan.sources.ror.RorRecord;

/**
 * Which organisation an affiliation stands for, how sure, and why.
 *
 * @param method {@link #ROR_ID} (the source gave a ROR id), {@link #INSTITUTION} (the source named an
 *     institution without ROR id), {@link #NAME} (a segment of the raw string matched a ROR name) or
 *     {@link #NONE}
 * @param rorId the organisation's ROR id, or null
 * @param name the organisation's name (ROR display name, else the source's institution name), or null
 * @param record the ROR record when the loaded dump has it (it carries the parent links), or null
 * @param confidence in [0,1]: 1 for a stated ROR id, the match score for a name
 * @param reason one sentence for the reviewer
 * @param segments the organisation-looking segments of the raw string, each screened too
 * @param country the country the affiliation states, or null
 */
public record Resolution(String method, String rorId, String name, RorRecord record, double confidence, String reason,
    List<String> segments, String country) {
  public static final String ROR_ID = "ror_id";
  public static final String INSTITUTION = "institution";
  public static final String NAME = "name";
  public static final String NONE = "none";

  public Resolution {
    segments = List.copyOf(segments);
  }

  public boolean resolved() {
    return !NONE.equals(method);
  }
}
