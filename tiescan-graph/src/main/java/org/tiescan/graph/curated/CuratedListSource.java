package org.tiescan.graph.curated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tiescan.model.Dataset;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.SourceFormatException;

/**
 * The curated dataset as a list to import, so its entities (Chinese names, brands, former names,
 * identifiers) enter the match index like any list. Only entities are emitted; the relationships
 * stay in the YAML and are compiled into the {@link org.tiescan.graph.OwnershipGraph} from the same
 * location when screening needs exposure. A dataset that fails validation is refused whole, so a
 * half-checked dataset never reaches screening.
 */
public final class CuratedListSource implements ListSource {
  /** Dataset name in the data directory. */
  public static final String NAME = CuratedCompiler.DATASET;

  /** Whether the entity is of the curated dataset (not a record of an official list). */
  public static boolean isCurated(Entity e) {
    return e.datasets().contains(NAME);
  }
  /** System property naming the curated folder, e.g. {@code -Dtiescan.curated.data=/opt/tiescan/data/curated}. */
  public static final String PROPERTY = "tiescan.curated.data";
  private static final Path RELATIVE = Path.of("data", "curated");

  @Override
  public Dataset dataset() {
    return new Dataset(NAME, "tiescan curated dataset: the Xinjiang surveillance and forced-labour system",
        "tiescan project (every value cites its public source)", null,
        "https://github.com/tiescan/tiescan/tree/main/data/curated", "see data/curated/README.md");
  }

  @Override
  public void read(Path location, EntitySink sink) throws IOException {
    CuratedDataset data = compileValid(location);
    for (Entity e : data.entities()) sink.accept(e);
  }

  /** Compiles {@code location}; throws naming the first problem when the data does not validate. */
  public static CuratedDataset compileValid(Path location) throws IOException {
    if (!Files.exists(location)) {
      throw new SourceFormatException(new RecordProblem(location.toString(), 0, null, "curated dataset not found"));
    }
    CuratedDataset data = CuratedCompiler.compile(location);
    if (!data.valid()) {
      RecordProblem first = data.problems().get(0);
      throw new SourceFormatException(new RecordProblem(first.file(), first.line(), first.field(),
          first.message() + " (" + data.problems().size() + " problem(s) in the curated dataset)"));
    }
    return data;
  }

  /** The folder named by {@value #PROPERTY}, else the first {@code data/curated} (with its README.md) above the working directory. */
  public static Optional<Path> locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) return Optional.of(Path.of(configured));
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isRegularFile(candidate.resolve("README.md"))) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
