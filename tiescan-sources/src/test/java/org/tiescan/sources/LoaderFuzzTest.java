package org.tiescan.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tiescan.model.RecordProblem;

/**
 * A property-based check of every list reader: a real file (or one file of a multi-file list)
 * mutated at random (cut, bytes overwritten, quotes, delimiters and markup inserted, invalid UTF-8,
 * a line of 200,000 characters, a slice repeated) is either read, with any skipped record reported
 * as a problem naming the file, or rejected with a SourceFormatException naming the file; no other
 * exception escapes. Seeded per reader, so a failure names a reproducible case.
 */
class LoaderFuzzTest {
  private static final int CASES = 36;
  private static final byte[][] INSERTS = {
      {'"'}, {','}, {';'}, {'\n'}, {'\r', '\n'}, {'<'}, {'&'}, {'>'}, {'{'}, {'"', ','}, {(byte) 0xC3, '('},
      {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}, {'-', '0', '-'}};

  @TempDir Path tmp;

  static Stream<Arguments> loaders() throws URISyntaxException {
    return Stream.of(
        Arguments.of("us-csl", shared("lists/us-csl/sample-2023.csv"), null),
        Arguments.of("us-csl-json", resource("/csl/csl-sample.json"), null),
        Arguments.of("us-ofac-cons", shared("lists/us-ofac-consolidated"), "cons_prim.csv"),
        Arguments.of("us-ofac-cons", shared("lists/us-ofac-consolidated"), "cons_alt.csv"),
        Arguments.of("us-dod-1260h", shared("lists/us-dod-1260h/1260h.csv"), null),
        Arguments.of("us-ndaa-889", shared("lists/us-ndaa/section_889.csv"), null),
        Arguments.of("us-bis-mieu", shared("lists/us-bis-mieu/mieu.csv"), null),
        Arguments.of("us-fcc-covered", shared("lists/us-fcc-covered/data-2024-04-19.csv"), null),
        Arguments.of("eu-reg-2020-1998", shared("lists/eu/reg-2020-1998.csv"), null),
        Arguments.of("us-dhs-uflpa", shared("lists/us-uflpa/uflpa-partial-2025-01.csv"), null),
        Arguments.of("us-ofac-sdn-xml", resource("/official/ofac-sdn-excerpt.xml"), null),
        Arguments.of("un-sc-sanctions", resource("/official/un-sc-consolidated-excerpt.xml"), null),
        Arguments.of("eu-fsf", resource("/official/eu-fsf-excerpt.xml"), null),
        Arguments.of("uk-sanctions-list", resource("/official/uk-sanctions-list-excerpt.xml"), null));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("loaders")
  void everyReaderReadsReportsOrRejectsDamagedCopies(String list, Path original, String fileInDir) throws IOException {
    Path source = fileInDir == null ? original : original.resolve(fileInDir);
    byte[] bytes = Files.readAllBytes(source);
    Random random = new Random(list.hashCode() * 31L + (fileInDir == null ? 0 : fileInDir.hashCode()));
    for (int i = 0; i < CASES; i++) {
      byte[] damaged = mutate(bytes, random, i);
      Path location = place(original, fileInDir, i, damaged);
      Path damagedFile = fileInDir == null ? location : location.resolve(fileInDir);
      Collected c = new Collected();
      try {
        ListSources.forName(list, location).read(location, c);
      } catch (SourceFormatException e) {
        assertThat(e.problem().file()).as("case %d", i).startsWith(location.toString());
        assertThat(e.problem().line()).as("case %d", i).isGreaterThanOrEqualTo(0);
      } catch (RuntimeException | IOException e) {
        fail(list + " case " + i + " (mutation " + (i % 7) + "): " + e, e);
      }
      for (RecordProblem p : c.problems) {
        assertThat(p.file()).as("case %d", i).startsWith(location.toString());
      }
      assertThat(damagedFile).exists();
    }
  }

  /** One of seven mutation kinds, chosen by the case number so that each kind is tried. */
  static byte[] mutate(byte[] bytes, Random random, int kind) {
    int at = random.nextInt(bytes.length);
    return switch (kind % 7) {
      case 0 -> Arrays.copyOf(bytes, at);
      case 1 -> overwrite(bytes, random);
      case 2, 3 -> insert(bytes, at, INSERTS[random.nextInt(INSERTS.length)]);
      case 4 -> insert(bytes, at, INSERTS[10 + random.nextInt(4)]);
      case 5 -> insert(bytes, at, "A".repeat(200_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      default -> insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(400))));
    };
  }

  private Path place(Path original, String fileInDir, int i, byte[] damaged) throws IOException {
    if (fileInDir == null) return Files.write(tmp.resolve(i + "-" + original.getFileName()), damaged);
    Path dir = Files.createDirectories(tmp.resolve("case-" + i));
    try (Stream<Path> files = Files.list(original)) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
    Files.write(dir.resolve(fileInDir), damaged);
    return dir;
  }

  private static byte[] overwrite(byte[] bytes, Random random) {
    byte[] copy = bytes.clone();
    for (int k = 0; k < 4; k++) copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
    return copy;
  }

  private static byte[] insert(byte[] bytes, int at, byte[] what) {
    byte[] out = new byte[bytes.length + what.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
    return out;
  }

  private static Path shared(String relative) {
    return Collected.shared(relative);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(LoaderFuzzTest.class.getResource(name).toURI());
  }
}
