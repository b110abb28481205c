package org.tiescan.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tiescan.model.Dataset;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.ListSource;
import org.tiescan.sources.csl.CslCsvSource;

/** Test helpers: wrap a real source to drop, edit, fail or pause, and collect what a source reads. */
final class Sources {
  static final Path CSL_SLICE = Path.of("src/test/resources/csl/csl-2022-05-every47th.csv");
  /** The bundled CSL copy's description; the date is approximate (downloaded ~May 2022, see MANIFEST). */
  static final Dataset CSL_2022_05 = new Dataset("us-csl", CslCsvSource.DATASET.title(),
      CslCsvSource.DATASET.publisher(), "2022-05-01", CslCsvSource.DATASET.sourceUrl(), CslCsvSource.DATASET.licence());

  /** The production CSL reader from tiescan-sources, describing the May 2022 copy. */
  static ListSource csl() {
    return new CslCsvSource(CSL_2022_05);
  }

  private Sources() {}

  /** Everything {@code source} reads from {@code location}. */
  static List<Entity> readAll(ListSource source, Path location) throws IOException {
    List<Entity> out = new ArrayList<>();
    source.read(location, out::add);
    return out;
  }

  /** Passes each entity through {@code edit}; a null result drops the entity. */
  static ListSource editing(ListSource base, UnaryOperator<Entity> edit) {
    return new Wrapped(base) {
      @Override
      public void read(Path location, EntitySink sink) throws IOException {
        base.read(location, forwardingTo(sink, e -> {
          Entity edited = edit.apply(e);
          if (edited != null) sink.accept(edited);
        }));
      }
    };
  }

  /** Fails with an exception after {@code n} entities, like a reader hitting a truncated file. */
  static ListSource failingAfter(ListSource base, int n) {
    return new Wrapped(base) {
      @Override
      public void read(Path location, EntitySink sink) throws IOException {
        int[] seen = {0};
        base.read(location, forwardingTo(sink, e -> {
          if (seen[0]++ == n) throw new IllegalStateException("simulated failure after " + n + " entities");
          sink.accept(e);
        }));
      }
    };
  }

  private static EntitySink forwardingTo(EntitySink sink, java.util.function.Consumer<Entity> onEntity) {
    return new EntitySink() {
      @Override
      public void accept(Entity entity) {
        onEntity.accept(entity);
      }

      @Override
      public void problem(RecordProblem problem) {
        sink.problem(problem);
      }
    };
  }

  private abstract static class Wrapped implements ListSource {
    private final ListSource base;

    Wrapped(ListSource base) {
      this.base = base;
    }

    @Override
    public Dataset dataset() {
      return base.dataset();
    }
  }
}
