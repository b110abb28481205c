package org.tiescan.sources.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.Prop;
import org.tiescan.sources.Collected;
import org.tiescan.sources.SourceFormatException;
import org.tiescan.sources.compiled.NdaaSectionSource;
import org.tiescan.sources.ofac.OfacLegacySource;

class FtmJsonlTest {
  @TempDir Path tmp;

  static List<Entity> consolidated() throws IOException {
    return Collected.cached(new OfacLegacySource(OfacLegacySource.Variant.CONSOLIDATED),
        Collected.shared("lists/us-ofac-consolidated")).entities;
  }

  @Test
  void writesAndReadsBackEveryEntityUnchangedThroughGzip() throws IOException {
    List<Entity> entities = consolidated();
    Path file = tmp.resolve("cons.ftm.jsonl.gz");
    try (FtmJsonlWriter writer = FtmJsonlWriter.create(file)) {
      entities.forEach(writer::accept);
      writer.commit();
      assertThat(writer.count()).isEqualTo(entities.size());
    }
    Collected back = Collected.read(FtmJsonlSource.forFile(file), file);
    assertThat(back.problems).isEmpty();
    assertThat(back.entities).isEqualTo(entities);
    assertThat(FtmJsonlSource.forFile(file).dataset().name()).isEqualTo("cons");
  }

  @Test
  void aWriterThatIsNotCommittedLeavesNoFile() throws IOException {
    Path file = tmp.resolve("out.jsonl");
    try (FtmJsonlWriter writer = FtmJsonlWriter.create(file)) {
      consolidated().stream().limit(3).forEach(writer::accept);
    }
    assertThat(file).doesNotExist();
    try (var left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * The NDAA §889 list as OpenSanctions publishes it (topic "debarment" on every row), written as FtM lines
   * without tiescan's designations, as an OpenSanctions export has them: each entity gets one designation per
   * dataset it names, stating the topic, its source URL and id; a topic that is no listing gives none.
   */
  @Test
  void listingTopicsBecomeDesignationsOfTheirDatasets() throws IOException {
    List<Entity> listed = Collected.read(new NdaaSectionSource("889"), Collected.shared("lists/us-ndaa/section_889.csv")).entities;
    assertThat(listed).hasSizeGreaterThan(3).allSatisfy(e -> assertThat(e.values(Prop.TOPICS)).containsExactly("debarment"));
    List<String> lines = new ArrayList<>();
    for (Entity e : listed) {
      ObjectNode o = EntityJson.toJson(e);
      o.remove("designations");
      lines.add(o.toString());
    }
    ObjectNode linked = EntityJson.toJson(listed.get(0));
    linked.remove("designations");
    linked.put("id", "linked-only");
    ((ObjectNode) linked.get("properties")).putArray(Prop.TOPICS).add("sanction.linked");
    lines.add(linked.toString());
    Path file = Files.write(tmp.resolve("ndaa.ftm.json"), lines);

    List<Entity> read = Collected.read(FtmJsonlSource.forFile(file), file).entities;
    assertThat(read).hasSize(listed.size() + 1);
    for (int i = 0; i < listed.size(); i++) {
      Entity e = read.get(i);
      String sourceUrl = listed.get(i).first(Prop.SOURCE_URL);
      assertThat(e.designations()).as(e.id()).singleElement().satisfies(d -> {
        assertThat(d.dataset()).isEqualTo("us-ndaa-889").isEqualTo(d.list());
        assertThat(d.reason()).isEqualTo("FollowTheMoney topics: debarment");
        assertThat(d.sourceUrl()).isEqualTo(sourceUrl).startsWith("https://");
        assertThat(d.sourceId()).isEqualTo(e.id());
        assertThat(d.citations()).isEmpty();
      });
    }
    assertThat(read.get(listed.size()).designations()).as("sanction.linked is no listing").isEmpty();
  }

  /**
   * OpenSanctions' exports give each listing as a Sanction entity naming the listed one: written here from the
   * real §889 rows (authority, the statute as programme, source URL), half before and half after the entity they
   * name. Each becomes the entity's designation; the Sanction entities themselves are no list records.
   */
  @Test
  void sanctionEntitiesBecomeTheDesignationsOfTheEntitiesTheyName() throws IOException {
    List<Entity> listed = ndaa889();
    Path file = Files.write(tmp.resolve("ndaa-with-sanctions.ftm.json"), withSanctionEntities(listed));

    Collected read = Collected.read(FtmJsonlSource.forFile(file), file);
    assertThat(read.problems).isEmpty();
    assertThat(read.entities).extracting(Entity::id).containsExactlyElementsOf(listed.stream().map(Entity::id).toList());
    for (int i = 0; i < listed.size(); i++) {
      Designation original = listed.get(i).designations().get(0);
      assertThat(read.entities.get(i).designations()).singleElement().satisfies(d -> {
        assertThat(d.dataset()).isEqualTo("us_ndaa_889");
        assertThat(d.authority()).isEqualTo(original.authority()).isEqualTo("United States Congress");
        assertThat(d.programs()).containsExactly(original.citations().get(0));
        assertThat(d.sourceUrl()).isEqualTo(original.sourceUrl());
        assertThat(d.reason()).as("not the topics' fallback").isNull();
      });
    }
  }

  private static List<Entity> ndaa889() throws IOException {
    return Collected.read(new NdaaSectionSource("889"), Collected.shared("lists/us-ndaa/section_889.csv")).entities;
  }

  /** The entities as FtM lines without designations, each listing as a Sanction entity naming it. */
  private static List<String> withSanctionEntities(List<Entity> listed) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      Entity e = listed.get(i);
      Designation d = e.designations().get(0);
      ObjectNode entity = EntityJson.toJson(e);
      entity.remove("designations");
      ObjectNode sanction = EntityJson.mapper().createObjectNode().put("id", "sanction-" + e.id()).put("schema", "Sanction");
      ObjectNode props = sanction.putObject("properties");
      props.putArray("entity").add(e.id());
      props.putArray("authority").add(d.authority());
      props.putArray("program").add(d.citations().get(0));
      props.putArray("sourceUrl").add(d.sourceUrl());
      sanction.putArray("datasets").add("us_ndaa_889");
      if (i % 2 == 0) {
        lines.add(sanction.toString());
        lines.add(entity.toString());
      } else {
        lines.add(entity.toString());
        lines.add(sanction.toString());
      }
    }
    return lines;
  }

  /**
   * A Sanction entity whose entity is not in the file (a partial export): its listing cannot be kept, and the
   * import says so at the Sanction's line instead of dropping it silently; the other entities keep theirs.
   */
  @Test
  void aSanctionNamingAnEntityNotInTheFileIsAProblemAtItsLine() throws IOException {
    List<Entity> listed = ndaa889();
    List<String> lines = withSanctionEntities(listed);
    String missing = listed.get(0).id();
    // the first pair is the Sanction (line 1), then its entity (line 2)
    assertThat(lines.get(1)).contains("\"id\":\"" + missing + "\"");
    lines.remove(1);
    Path file = Files.write(tmp.resolve("partial.ftm.json"), lines);

    Collected read = Collected.read(FtmJsonlSource.forFile(file), file);
    assertThat(read.entities).hasSize(listed.size() - 1).allSatisfy(e -> assertThat(e.designations()).hasSize(1));
    assertThat(read.problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.field()).isEqualTo("entity");
      assertThat(p.message()).contains("sanction-" + missing, "'" + missing + "'", "not in the file", "not kept");
    });
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndSkipped() throws IOException {
    List<Entity> entities = consolidated().subList(0, 4);
    List<String> lines = new ArrayList<>();
    entities.forEach(e -> lines.add(EntityJson.toLine(e)));
    lines.add(2, "{\"schema\": \"Company\", \"properties\": {}}");
    lines.add(4, lines.get(3).substring(0, 40));
    lines.add(5, "");
    Path file = Files.write(tmp.resolve("mixed.jsonl"), lines);
    Collected c = Collected.read(FtmJsonlSource.forFile(file), file);
    assertThat(c.entities).isEqualTo(entities);
    assertThat(c.problems).hasSize(2);
    assertThat(c.problems.get(0).line()).isEqualTo(3);
    assertThat(c.problems.get(0).field()).isEqualTo("id");
    assertThat(c.problems.get(1).line()).isEqualTo(5);
    assertThat(c.problems.get(1).message()).contains("not valid JSON");
  }

  @Test
  void aFileThatIsNotJsonLinesIsAFormatError() {
    Path csv = Collected.shared("lists/us-csl/sample-2023.csv");
    assertThatThrownBy(() -> Collected.read(FtmJsonlSource.forFile(csv), csv))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining(csv.toString())
        .hasMessageContaining("not FollowTheMoney JSON lines");
  }

  @Test
  void aPrettyPrintedJsonDocumentIsAFormatError() throws IOException {
    Path pretty = Files.writeString(tmp.resolve("pretty.json"),
        EntityJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(EntityJson.toJson(consolidated().get(0))));
    assertThatThrownBy(() -> Collected.read(FtmJsonlSource.forFile(pretty), pretty)).isInstanceOf(SourceFormatException.class);
  }

  @Test
  void invalidUtf8IsAFormatErrorAtItsLine() throws IOException {
    List<Entity> entities = consolidated().subList(0, 3);
    byte[] good = (EntityJson.toLine(entities.get(0)) + "\n" + EntityJson.toLine(entities.get(1)) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = EntityJson.toLine(entities.get(2)).replace("PLC", "PL\u00c7").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path file = tmp.resolve("latin1.jsonl");
    Files.write(file, good);
    Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> Collected.read(FtmJsonlSource.forFile(file), file))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("UTF-8")
        .satisfies(e -> assertThat(((SourceFormatException) e).problem().line()).isEqualTo(3));
  }

  @Test
  void writesToAStream() throws IOException {
    StringWriter out = new StringWriter();
    FtmJsonlWriter writer = FtmJsonlWriter.to(out);
    consolidated().stream().limit(2).forEach(writer::accept);
    writer.commit();
    assertThat(out.toString().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"id\":\"us-ofac-cons-"));
  }
}
