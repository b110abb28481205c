package org.tiescan.sources.ftm;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.io.TextInputs;

/**
 * The designations that FollowTheMoney {@code Sanction} entities state (OpenSanctions' exports carry each listing
 * as one, naming the listed entity in its {@code entity} property: authority, programme, dates, reason, source),
 * by the id of the entity each names. Read in a pass of their own before the entities, since a file may give a
 * sanction before or after the entity it names; only lines that mention the schema are parsed.
 */
final class SanctionRecords {
  static final String SCHEMA = "Sanction";
  /** By the id of the entity named, in the order first named. */
  private final Map<String, Subject> bySubject = new LinkedHashMap<>();
  private long count;

  /**
   * The listings of one named entity, where it is first named (the line and id of the Sanction entity, for the
   * problem when the entity is not in the file), and whether the entity was met.
   */
  private static final class Subject {
    final List<Designation> listings = new ArrayList<>();
    final long line;
    final String sanctionId;
    boolean met;

    Subject(long line, String sanctionId) {
      this.line = line;
      this.sanctionId = sanctionId;
    }
  }

  /** Every Sanction entity of the file (lines that are no entity are left to the main pass to report). */
  static SanctionRecords read(Path location) throws IOException {
    SanctionRecords out = new SanctionRecords();
    try (BufferedReader lines = TextInputs.openLines(location)) {
      long lineNumber = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (!line.contains("\"" + SCHEMA + "\"")) continue;
        Entity e = parseQuietly(line);
        if (e != null && isSanction(e)) out.add(e, lineNumber);
      }
    }
    return out;
  }

  private static Entity parseQuietly(String line) {
    try {
      return EntityJson.fromLine(line);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean isSanction(Entity e) {
    return SCHEMA.equals(e.schema());
  }

  void add(Entity sanction, long line) {
    count++;
    Designation d = designation(sanction);
    for (String subject : sanction.values("entity")) {
      bySubject.computeIfAbsent(subject, k -> new Subject(line, sanction.id())).listings.add(d);
    }
  }

  /** The designations stated for the entity {@code id}, in the file's order (empty when none). */
  List<Designation> of(String id) {
    Subject subject = bySubject.get(id);
    if (subject == null) return List.of();
    subject.met = true;
    return subject.listings;
  }

  /**
   * One problem for each entity that Sanction entities name but the file does not hold (a partial export, a
   * filtered file): its listings have nowhere to go, and dropping them silently would hide that the file
   * lists more than was imported. Call after every entity was asked for with {@link #of}.
   */
  List<RecordProblem> unclaimed(String file) {
    List<RecordProblem> out = new ArrayList<>();
    bySubject.forEach((id, subject) -> {
      if (subject.met) return;
      int listings = subject.listings.size();
      out.add(new RecordProblem(file, subject.line, "entity", "Sanction " + subject.sanctionId + " names entity '"
          + id + "', which is not in the file: " + (listings == 1 ? "its listing was" : listings + " listings were")
          + " not kept"));
    });
    return out;
  }

  /** Sanction entities read. */
  long count() {
    return count;
  }

  /**
   * A Sanction entity as a designation: its first dataset as the list, its programmes (else programme ids), the
   * authority, the start date (else the listing date), the end date, the source URL (else the programme's URL),
   * the authority's identifier for the listing (else the UN one, else the sanction's own id) and the reason.
   * FollowTheMoney has no property for a legal citation as such: none is made up.
   */
  static Designation designation(Entity s) {
    String dataset = s.datasets().isEmpty() ? "ftm" : s.datasets().get(0);
    List<String> programs = s.values("program").isEmpty() ? s.values("programId") : s.values("program");
    return new Designation(dataset, dataset, programs, s.first("authority"), List.of(),
        firstOf(s, "startDate", "listingDate"), s.first("endDate"), firstOf(s, "sourceUrl", "programUrl"),
        firstOf(s, "authorityId", "unscId") != null ? firstOf(s, "authorityId", "unscId") : s.id(), s.first("reason"));
  }

  private static String firstOf(Entity e, String prop, String otherwise) {
    String v = e.first(prop);
    return v != null ? v : e.first(otherwise);
  }
}
