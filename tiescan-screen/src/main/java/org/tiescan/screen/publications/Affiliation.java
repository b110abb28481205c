package org.tiescan.screen.publications;

/**
 * One affiliation as the source states it; any part may be missing.
 *
 * @param raw the raw affiliation string ("School of Computer Science, Harbin Institute of Technology, Harbin 150001, China")
 * @param rorId the ROR id the source gives (OpenAlex institution's {@code ror}, Crossref's ROR affiliation id)
 * @param institutionId the source's own institution id (OpenAlex {@code I…})
 * @param institutionName the institution's name as the source displays it
 * @param country ISO alpha-2 country the source gives, or null
 */
public record Affiliation(String raw, String rorId, String institutionId, String institutionName, String country) {
  public static Affiliation ofRaw(String raw) {
    return new Affiliation(raw, null, null, null, null);
  }

  /** What a reviewer reads first: the raw string, else the institution's name, else its id. */
  public String describe() {
    if (raw != null && !raw.isBlank()) return raw;
    if (institutionName != null) return institutionName;
    return rorId != null ? rorId : String.valueOf(institutionId);
  }
}
