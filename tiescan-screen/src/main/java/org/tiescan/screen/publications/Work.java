package org.tiescan.screen.publications;

import java.util.List;
import org.tiescan.model.RecordProblem;

/**
 * One work (article, paper, book…) as read from an export.
 *
 * @param file the file it came from
 * @param line the line its record starts on
 * @param format the input format ({@code openalex}, {@code crossref}, {@code bibtex}, {@code ris})
 * @param id the source's id (OpenAlex W…, BibTeX key, WoS UT), or null
 * @param doi the DOI without {@code https://doi.org/}, lower case, or null
 * @param year publication year, or null when the record gives none
 * @param problem why the record could not be read, or null; such a work has no authors
 */
public record Work(String file, long line, String format, String id, String doi, String title, Integer year,
    List<Author> authors, RecordProblem problem) {
  public Work {
    authors = List.copyOf(authors);
  }

  static Work problem(String file, long line, String format, String field, String message) {
    return new Work(file, line, format, null, null, null, null, List.of(), new RecordProblem(file, line, field, message));
  }

  /** A DOI in its bare lower-case form: "https://doi.org/10.7717/PeerJ.4375" → "10.7717/peerj.4375". */
  public static String doi(String raw) {
    if (raw == null) return null;
    String s = raw.strip();
    int i = s.indexOf("10.");
    if (i < 0) return null;
    return s.substring(i).toLowerCase(java.util.Locale.ROOT);
  }

  /** How many author–affiliation pairs the work states. */
  public int authorships() {
    return authors.size();
  }
}
