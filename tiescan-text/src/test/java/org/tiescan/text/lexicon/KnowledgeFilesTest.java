package org.tiescan.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tiescan.text.NameAnalyzers;

class KnowledgeFilesTest {
  /** A knowledge file left out of the list would change the analysis without changing the digest. */
  @Test
  void theListHoldsEveryBundledKnowledgeFile() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/tiescan/text"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(KnowledgeFiles.NAMES);
    }
  }

  @Test
  void theStandardAnalyzerReportsTheDigestOfItsFiles() {
    assertThat(KnowledgeFiles.digest()).matches("[0-9a-f]{64}");
    assertThat(NameAnalyzers.standard().knowledgeVersion()).isEqualTo(KnowledgeFiles.digest());
  }
}
