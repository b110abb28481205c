package org.tiescan.screen.publications;

import java.util.List;

/**
 * An author and the affiliations stated for them. Exports that list affiliations for the whole work
 * (most BibTeX and RIS) give them to one author named {@link #UNATTRIBUTED}.
 */
public record Author(String name, String orcid, List<Affiliation> affiliations) {
  public static final String UNATTRIBUTED = "(affiliations of the work, not tied to an author)";

  public Author {
    affiliations = List.copyOf(affiliations);
  }
}
