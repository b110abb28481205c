package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;

class PipelinedSinkTest {
  private final List<Entity> real = ListImporterTestData.slice();

  @Test
  void entitiesAndProblemsArriveInTheirOrder() {
    List<Object> seen = new ArrayList<>();
    PipelinedSink pipe = new PipelinedSink(new EntitySink() {
      @Override public void accept(Entity e) { seen.add(e); }
      @Override public void problem(RecordProblem p) { seen.add(p); }
    });
    RecordProblem problem = new RecordProblem("f.csv", 3, "name", "empty name");
    List<Object> sent = new ArrayList<>();
    for (int i = 0; i < real.size(); i++) {
      if (i == 150) {
        pipe.problem(problem);
        sent.add(problem);
      }
      pipe.accept(real.get(i));
      sent.add(real.get(i));
    }
    pipe.finish();

    assertThat(seen).isEqualTo(sent);
  }

  @Test
  void aWriterFailureReachesTheReader() {
    PipelinedSink pipe = new PipelinedSink(e -> {
      if (e.id().equals(real.get(10).id())) throw new StoreException("disk I/O error (simulated)");
    });

    // thrown at the reader's next record, or at the latest when it finishes
    assertThatThrownBy(() -> {
      real.forEach(pipe::accept);
      pipe.finish();
    }).isInstanceOf(StoreException.class).hasMessage("disk I/O error (simulated)");
    pipe.abort();
  }
}
