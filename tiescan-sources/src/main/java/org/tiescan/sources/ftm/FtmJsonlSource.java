package org.tiescan.sources.ftm;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tiescan.model.Dataset;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.Prop;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.io.TextInputs;

/**
 * FollowTheMoney entities as JSON lines (OpenSanctions' {@code entities.ftm.json}, tiescan's own
 * exports), streamed one line at a time so a file of any size passes in constant memory. Entities
 * keep the file's own ids. A bad line is reported with its number and skipped; a file whose first
 * {@value #FAILURES_BEFORE_GIVING_UP} non-blank lines all fail (a CSV, a pretty-printed JSON
 * document, a binary file) is not JSON lines at all and raises {@link SourceFormatException}.
 */
public final class FtmJsonlSource implements ListSource {
  static final int FAILURES_BEFORE_GIVING_UP = 3;

  private final Dataset dataset;

  /** @param dataset what the file is, e.g. an OpenSanctions dataset with its export date */
  public FtmJsonlSource(Dataset dataset) {
    this.dataset = dataset;
  }

  /** A file of unknown provenance, named after itself. */
  public static FtmJsonlSource forFile(Path file) {
    String name = file.getFileName().toString().replaceFirst("(\\.ftm)?\\.jsonl?(\\.gz)?$|\\.ftm\\.json(\\.gz)?$", "");
    return new FtmJsonlSource(new Dataset(name, "FollowTheMoney entities from " + file.getFileName(), null, null, null, null));
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    String file = location.toString();
    long lineNumber = 0;
    long goodLines = 0;
    int failuresBeforeFirstGood = 0;
    SanctionRecords sanctions = SanctionRecords.read(location);
    try (BufferedReader lines = TextInputs.openLines(location)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank()) continue;
        Entity entity = parse(line, file, lineNumber, sink);
        if (entity != null) {
          goodLines++;
          // a listing, not a listed party: folded into the entity it names
          if (!SanctionRecords.isSanction(entity)) sink.accept(withListings(entity, sanctions.of(entity.id())));
        } else if (goodLines == 0 && ++failuresBeforeFirstGood >= FAILURES_BEFORE_GIVING_UP) {
          throw new SourceFormatException(new RecordProblem(file, lineNumber, null,
              "not FollowTheMoney JSON lines: none of the first " + failuresBeforeFirstGood
                  + " non-blank lines is an entity object with 'id' and 'schema'"));
        }
      }
    }
    if (goodLines == 0 && failuresBeforeFirstGood > 0) {
      throw new SourceFormatException(new RecordProblem(file, lineNumber, null,
          "not FollowTheMoney JSON lines: no line is an entity object with 'id' and 'schema'"));
    }
    sanctions.unclaimed(file).forEach(sink::problem);
  }

  private static Entity parse(String line, String file, long lineNumber, EntitySink sink) {
    try {
      if (!line.stripLeading().startsWith("{")) throw new IllegalArgumentException("line is not a JSON object");
      return EntityJson.fromLine(line);
    } catch (IllegalArgumentException e) {
      sink.problem(new RecordProblem(file, lineNumber, fieldOf(e.getMessage()), e.getMessage() + "; line skipped"));
      return null;
    }
  }

  /**
   * The FollowTheMoney topics that say an entity stands on a restrictive list (OpenSanctions' "Sanctioned
   * entity", "Debarred entity", "Export controlled"); "sanction.linked" and "sanction.counter" do not.
   */
  static final List<String> LISTING_TOPICS = List.of("sanction", "debarment", "export.control");

  /**
   * The entity with the designations the file's Sanction entities state for it ({@link SanctionRecords}); when
   * there are none, {@link #withTopicListings}.
   */
  static Entity withListings(Entity e, List<Designation> stated) {
    if (stated.isEmpty()) return withTopicListings(e);
    Entity.Builder b = e.toBuilder();
    stated.forEach(b::designation);
    return b.build();
  }

  /**
   * An entity without designations (tiescan's own, or stated by a Sanction entity) whose topics say it is
   * listed gets one designation per dataset it names, stating only what the line does: the dataset, the
   * topics, its source URL and id. Without them a file of only the listed entities (no Sanction entities)
   * would make its sanctioned companies designated nowhere (no exposure to them, no "listed" basis).
   */
  static Entity withTopicListings(Entity e) {
    if (!e.designations().isEmpty()) return e;
    List<String> topics = e.values(Prop.TOPICS).stream().filter(LISTING_TOPICS::contains).toList();
    if (topics.isEmpty()) return e;
    Entity.Builder b = e.toBuilder();
    List<String> datasets = e.datasets().isEmpty() ? List.of("ftm") : e.datasets();
    for (String dataset : datasets) {
      b.designation(new Designation(dataset, dataset, List.of(), null, List.of(), null, null, e.first(Prop.SOURCE_URL),
          e.id(), "FollowTheMoney topics: " + String.join(", ", topics)));
    }
    return b.build();
  }

  /** EntityJson names the field in its message ("missing field 'id'"); pass it on as the problem's field. */
  private static String fieldOf(String message) {
    if (message == null) return null;
    int open = message.indexOf("field '");
    if (open < 0) return null;
    int close = message.indexOf('\'', open + 7);
    return close < 0 ? null : message.substring(open + 7, close);
  }
}
