package org.tiescan.store.cases;

import java.util.Map;

/**
 * A screened party in the register, under the user's own id, with its input fields and the JSON of
 * the column roles (name, country, identifier columns) used to screen it.
 */
public record Counterparty(long id, String externalId, Map<String, String> fields, String mappingJson) {
  public Counterparty {
    fields = Map.copyOf(fields);
  }
}
