package org.tiescan.graph.curated;

import java.util.List;
import org.tiescan.graph.Provenance;

/**
 * One sourced statement about an entity: a name, an identifier, a country.
 *
 * @param entityId the entity
 * @param property the FtM property (or {@code brand}, compiled to an alias)
 * @param value the value as stated
 * @param lang language of a name value when given (e.g. {@code zh}), else null
 * @param sources where it is stated
 */
public record Claim(String entityId, String property, String value, String lang, List<Provenance> sources) {
  public Claim {
    sources = List.copyOf(sources);
  }
}
