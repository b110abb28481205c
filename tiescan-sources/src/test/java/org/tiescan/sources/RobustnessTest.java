package org.tiescan.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.sources.csl.CslJsonSource;
import org.tiescan.sources.ftm.FtmJsonlSource;

/**
 * Damaged copies of real files (cut at a random byte, a random byte overwritten): every reader
 * either reads, reports problems, or rejects the file with SourceFormatException naming the file;
 * no other exception escapes. Seeded, so a failure is reproducible.
 */
class RobustnessTest {
  private static final int CASES = 60;
  private static final byte[] NASTY = {'"', ',', '\n', (byte) 0xC3, (byte) 0xFF, '{', ';', 0};

  @TempDir Path tmp;

  @Test
  void cslCsvSurvivesDamage() throws Exception {
    damage(Collected.shared("lists/us-csl/sample-2023.csv"), "csl.csv", CslCsvSource::new);
  }

  @Test
  void cslJsonSurvivesDamage() throws Exception {
    Path json = Path.of(getClass().getResource("/csl/csl-sample.json").toURI());
    damage(json, "csl.json", CslJsonSource::new);
  }

  @Test
  void ftmJsonlSurvivesDamage() throws Exception {
    Path file = tmp.resolve("source.jsonl");
    try (var writer = org.tiescan.sources.ftm.FtmJsonlWriter.create(file)) {
      Collected.read(new CslCsvSource(), Collected.shared("lists/us-csl/sample-2023.csv")).entities.forEach(writer::accept);
      writer.commit();
    }
    damage(file, "ftm.jsonl", () -> FtmJsonlSource.forFile(file));
  }

  private void damage(Path original, String name, Supplier<ListSource> reader) throws IOException {
    byte[] bytes = Files.readAllBytes(original);
    Random random = new Random(42);
    for (int i = 0; i < CASES; i++) {
      byte[] damaged = i % 2 == 0
          ? java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length))
          : overwrite(bytes, random);
      Path file = Files.write(tmp.resolve(i + "-" + name), damaged);
      Collected c = new Collected();
      try {
        reader.get().read(file, c);
      } catch (SourceFormatException e) {
        assertThat(e.problem().file()).isEqualTo(file.toString());
      }
      for (RecordProblem p : c.problems) assertThat(p.file()).startsWith(tmp.toString());
    }
  }

  private static byte[] overwrite(byte[] bytes, Random random) {
    byte[] copy = bytes.clone();
    for (int k = 0; k < 3; k++) copy[random.nextInt(copy.length)] = NASTY[random.nextInt(NASTY.length)];
    return copy;
  }
}
