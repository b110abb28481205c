package org.tiescan.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.ftm.FtmJsonlWriter;
import org.tiescan.sources.intl.UnScXmlSource;

/**
 * A property-based check of every list reader: a real file (or one file of a multi-file list)
 * damaged at random is either read, with any skipped record reported as a problem naming the file
 * and a line, or rejected with a SourceFormatException naming the file; no other exception escapes
 * and no read takes longer than {@link #HANG_LIMIT}. Eleven kinds of damage, each tried on every
 * reader: cut at a random byte, bytes overwritten, quotes/delimiters/markup inserted, invalid UTF-8
 * inserted, a line of 200,000 characters, a slice repeated, a line dropped, a line duplicated, the
 * whole file re-encoded (UTF-16 or Latin-1), an empty (or blank) file, and another list's file in
 * its place. Seeded per reader, so a failure names a reproducible case; a deeper run:
 * {@code ./mvnw -pl tiescan-sources -am test -Dtest=LoaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtiescan.fuzz.rounds=40}.
 */
class LoaderFuzzTest {
  private static final int KINDS = 11;
  /** Three of each kind in a build; {@code -Dtiescan.fuzz.rounds=N} tries N of each for a deeper run. */
  private static final int CASES = Integer.getInteger("tiescan.fuzz.rounds", 3) * KINDS;
  private static final Duration HANG_LIMIT = Duration.ofSeconds(20);
  private static final byte[][] INSERTS = {
      {'"'}, {','}, {';'}, {'\n'}, {'\r', '\n'}, {'<'}, {'&'}, {'>'}, {'{'}, {'"', ','}, {(byte) 0xC3, '('},
      {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}, {'-', '0', '-'}};

  @TempDir static Path shared;
  @TempDir Path tmp;
  private static Path ftmFile;

  /** An FtM JSON lines file of real entities: the UN excerpt as tiescan exports it. */
  @BeforeAll
  static void writeFtmFile() throws Exception {
    ftmFile = shared.resolve("un-excerpt.ftm.json");
    try (FtmJsonlWriter w = FtmJsonlWriter.create(ftmFile)) {
      new UnScXmlSource().read(resource("/official/un-sc-consolidated-excerpt.xml"), w);
      w.commit();
    }
  }

  static Stream<Arguments> loaders() throws URISyntaxException {
    return Stream.of(
        Arguments.of("us-csl", shared("lists/us-csl/sample-2023.csv"), null),
        Arguments.of("us-csl", shared("lists/us-csl/sample-2019.csv"), null),
        Arguments.of("us-csl-json", resource("/csl/csl-sample.json"), null),
        Arguments.of("us-ofac-cons", shared("lists/us-ofac-consolidated"), "cons_prim.csv"),
        Arguments.of("us-ofac-cons", shared("lists/us-ofac-consolidated"), "cons_alt.csv"),
        Arguments.of("us-ofac-cons", shared("lists/us-ofac-consolidated"), "cons_add.csv"),
        Arguments.of("us-ofac-cons", shared("lists/us-ofac-consolidated"), "cons_comments.csv"),
        Arguments.of("us-dod-1260h", shared("lists/us-dod-1260h/1260h.csv"), null),
        Arguments.of("us-ndaa-889", shared("lists/us-ndaa/section_889.csv"), null),
        Arguments.of("us-ndaa-1286", shared("lists/us-ndaa/section_1286.csv"), null),
        Arguments.of("us-bis-mieu", shared("lists/us-bis-mieu/mieu.csv"), null),
        Arguments.of("us-fcc-covered", shared("lists/us-fcc-covered/data-2024-04-19.csv"), null),
        Arguments.of("us-fcc-covered", shared("lists/us-fcc-covered/table.csv"), null),
        Arguments.of("eu-reg-2020-1998", shared("lists/eu/reg-2020-1998.csv"), null),
        Arguments.of("us-dhs-uflpa", shared("lists/us-uflpa/uflpa-partial-2025-01.csv"), null),
        Arguments.of("us-ofac-sdn-xml", resource("/official/ofac-sdn-excerpt.xml"), null),
        Arguments.of("un-sc-sanctions", resource("/official/un-sc-consolidated-excerpt.xml"), null),
        Arguments.of("eu-fsf", resource("/official/eu-fsf-excerpt.xml"), null),
        Arguments.of("uk-sanctions-list", resource("/official/uk-sanctions-list-excerpt.xml"), null),
        Arguments.of("ftm", null, null));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("loaders")
  void everyReaderReadsReportsOrRejectsDamagedCopies(String list, Path given, String fileInDir) throws Exception {
    Path original = given == null ? ftmFile : given;
    Path source = fileInDir == null ? original : original.resolve(fileInDir);
    byte[] bytes = Files.readAllBytes(source);
    byte[] otherFormat = Files.readAllBytes(source.toString().endsWith(".xml")
        ? shared("lists/us-csl/sample-2023.csv") : resource("/official/un-sc-consolidated-excerpt.xml"));
    Random random = new Random(list.hashCode() * 31L + source.getFileName().toString().hashCode());
    for (int i = 0; i < CASES; i++) {
      byte[] damaged = i % KINDS == KINDS - 1 ? otherFormat : mutate(bytes, random, i);
      Path location = place(original, fileInDir, i, damaged);
      Path damagedFile = fileInDir == null ? location : location.resolve(fileInDir);
      String what = list + " case " + i + " (damage kind " + (i % KINDS) + ")";
      Collected c = new Collected();
      try {
        assertTimeoutPreemptively(HANG_LIMIT, () -> ListSources.forName(list, location).read(location, c), what + " hangs");
      } catch (SourceFormatException e) {
        assertThat(e.problem().file()).as(what).startsWith(location.toString());
        assertThat(e.problem().line()).as(what).isGreaterThanOrEqualTo(0);
        assertThat(e.getMessage()).as(what).isNotBlank();
      } catch (Exception e) {
        // an Error (a hang's timeout, StackOverflowError) is not caught: it fails the test as it is
        fail(what + ": " + e, e);
      }
      for (RecordProblem p : c.problems) {
        assertThat(p.file()).as(what).startsWith(location.toString());
        assertThat(p.line()).as(what).isGreaterThanOrEqualTo(0);
      }
      assertThat(damagedFile).exists();
    }
  }

  /** One of the damage kinds 0–9, chosen by the case number so that each kind is tried. */
  static byte[] mutate(byte[] bytes, Random random, int kind) {
    int at = random.nextInt(bytes.length);
    return switch (kind % KINDS) {
      case 0 -> Arrays.copyOf(bytes, at);
      case 1 -> overwrite(bytes, random);
      case 2 -> insert(bytes, at, INSERTS[random.nextInt(INSERTS.length)]);
      case 3 -> insert(bytes, at, INSERTS[10 + random.nextInt(4)]);
      case 4 -> insert(bytes, at, "A".repeat(200_000).getBytes(StandardCharsets.US_ASCII));
      case 5 -> insert(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(400))));
      case 6 -> lines(bytes, random, false);
      case 7 -> lines(bytes, random, true);
      case 8 -> new String(bytes, StandardCharsets.UTF_8)
          .getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
      default -> random.nextBoolean() ? new byte[0] : " \n\n".getBytes(StandardCharsets.US_ASCII);
    };
  }

  /** The file with one random line dropped, or repeated right after itself. */
  private static byte[] lines(byte[] bytes, Random random, boolean duplicate) {
    List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
    int at = random.nextInt(lines.size());
    if (duplicate) {
      lines.add(at, lines.get(at));
    } else {
      lines.remove(at);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
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
