package org.tiescan.store.diff;

/** An entity as a diff names it: id, schema and display name. */
public record EntityRef(String id, String schema, String caption) {}
