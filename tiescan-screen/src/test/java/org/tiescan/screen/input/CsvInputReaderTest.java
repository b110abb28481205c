package org.tiescan.screen.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private Path write(String name, String text) throws Exception {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<InputRecord> readAll(Path f, Charset cs) {
    List<InputRecord> out = new ArrayList<>();
    try (InputReader r = InputFiles.open(f, cs, null)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void readsCommaSeparatedWithLineNumbersAndQuotedNewlines() throws Exception {
    Path f = write("a.csv", "supplier_id,name,country\nS1,\"Dahua Technology\",CN\nS2,\"Acme,\nInc.\",US\nS3,Zhejiang Uniview,CN\n");
    List<InputRecord> rows = readAll(f, null);
    assertThat(rows).extracting(InputRecord::line).containsExactly(2L, 3L, 5L);
    assertThat(rows.get(1).get("name")).isEqualTo("Acme,\nInc.");
    assertThat(rows.get(0).fields().keySet()).containsExactly("supplier_id", "name", "country");
    assertThat(rows).allMatch(InputRecord::ok);
  }

  @Test
  void aStreamReadsAsTheFileWithTheGivenNameAndSize() throws Exception {
    String text = "id,name\n1,\"Gaobeidian Kaituo Precise Instrument\nCo. Ltd \"\n\n2,Acme,extra\n";
    Path f = write("multi.csv", text);
    byte[] bytes = Files.readAllBytes(f);
    List<InputRecord> rows = new ArrayList<>();
    try (InputReader r = InputFiles.openCsv("hdfs:///in/multi.csv", bytes.length, new ByteArrayInputStream(bytes), null)) {
      assertThat(r.file()).isEqualTo("hdfs:///in/multi.csv");
      r.forEachRemaining(rows::add);
      assertThat(r.fractionRead()).isEqualTo(1.0);
    }
    List<InputRecord> fromFile = readAll(f, null);
    assertThat(rows).extracting(InputRecord::line).isEqualTo(fromFile.stream().map(InputRecord::line).toList());
    assertThat(rows).extracting(InputRecord::fields).isEqualTo(fromFile.stream().map(InputRecord::fields).toList());
    assertThat(rows).extracting(InputRecord::line).containsExactly(2L, 5L);
    assertThat(rows.get(1).problem().file()).isEqualTo("hdfs:///in/multi.csv");
  }

  @Test
  void lineNumbersStayRightAfterBlankLinesAndAtTheEndWithoutNewline() throws Exception {
    Path f = write("b.csv", "name\nSenseTime\n\n\nMegvii\n\"Yitu\nTechnologies\"\nDahua");
    assertThat(readAll(f, null)).extracting(InputRecord::line).containsExactly(2L, 5L, 6L, 8L);
    Path crlf = write("c.csv", "name\r\nSenseTime\r\n\r\n\"Yitu\r\nTechnologies\"\r\nDahua\r\n");
    assertThat(readAll(crlf, null)).extracting(InputRecord::line).containsExactly(2L, 4L, 6L);
  }

  @Test
  void stripsUtf8ByteOrderMarkFromFirstHeader() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.write("名称,国家\n杭州海康威视数字技术股份有限公司,中国\n".getBytes(StandardCharsets.UTF_8));
    try (InputReader r = InputFiles.open(write("bom.csv", b.toByteArray()), null, null)) {
      assertThat(r.columns()).containsExactly("名称", "国家");
      assertThat(r.next().get("名称")).isEqualTo("杭州海康威视数字技术股份有限公司");
    }
  }

  @Test
  void detectsSemicolonTabAndBarDelimiters() throws Exception {
    for (String d : List.of(";", "\t", "|")) {
      Path f = write("d.csv", "name" + d + "country\n\"Megvii; Face++\"" + d + "CN\n");
      List<InputRecord> rows = readAll(f, null);
      assertThat(rows.get(0).get("country")).as("delimiter %s", d).isEqualTo("CN");
    }
    // a quoted comma in a semicolon file does not fool the detection
    List<InputRecord> rows = readAll(write("s.csv", "\"name, legal\";country\nYitu;CN\n"), null);
    assertThat(rows.get(0).get("name, legal")).isEqualTo("Yitu");
  }

  @Test
  void reportsRaggedRowsWithTheirLineAndKeepsReading() throws Exception {
    List<InputRecord> rows = readAll(write("r.csv", "id,name,country\n1,SenseTime\n2,iFlytek,CN,extra\n3,Yitu,CN,\n"), null);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).problem().toString()).isEqualTo(dir.resolve("r.csv") + ":2: row has 2 fields but the header has 3");
    assertThat(rows.get(1).problem().line()).isEqualTo(3);
    assertThat(rows.get(2).ok()).as("a trailing delimiter is harmless").isTrue();
  }

  @Test
  void invalidUtf8NamesFileAndLine() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("name,country\nAcme,US\nSoci".getBytes(StandardCharsets.UTF_8));
    b.write(0xE9); // é in windows-1252, invalid alone in UTF-8
    b.write("t\u00e9 G\u00e9n\u00e9rale,FR\n".getBytes(Charset.forName("windows-1252")));
    Path f = write("latin.csv", b.toByteArray());
    assertThatThrownBy(() -> readAll(f, null)).isInstanceOf(InputException.class)
        .satisfies(e -> {
          InputException ie = (InputException) e;
          assertThat(ie.problem().file()).isEqualTo(f.toString());
          assertThat(ie.problem().line()).isEqualTo(3);
          assertThat(ie.problem().field()).isEqualTo("name");
        })
        .hasMessageContaining("0xE9").hasMessageContaining("--encoding");
    assertThat(readAll(f, Charset.forName("windows-1252")).get(1).get("name")).isEqualTo("Société Générale");
  }

  /**
   * The column of a bad byte follows the quoting: a quoted delimiter is not a field boundary, and a
   * line break inside quotes continues the field. Beyond the first 64 KB the byte is met while records
   * are read, not when the file is opened; both name the column.
   */
  @Test
  void undecodableByteNamesItsColumnThroughQuotes() throws Exception {
    String latin = "São Paulo";
    byte[] quotedBefore = ("name,address,country\n\"Acme, Inc.\",\"1 Main St\nSpringfield\",US\nBeta,\"Rua "
        + latin + "\",BR\n").getBytes(Charset.forName("windows-1252"));
    assertUndecodableAt(write("quoted.csv", quotedBefore), 4, "address");
    byte[] insideQuotes = ("name;address;country\nGamma;\"Line one\nLévis\";FR\n").getBytes(Charset.forName("windows-1252"));
    assertUndecodableAt(write("inside.csv", insideQuotes), 3, "address");
    byte[] inHeader = "name,adresse réelle\nAcme,x\n".getBytes(Charset.forName("windows-1252"));
    assertUndecodableAt(write("header.csv", inHeader), 1, "column 2");
    StringBuilder big = new StringBuilder("name,country\n");
    for (int i = 0; i < 6000; i++) big.append("Acme Trading Company number ").append(i).append(",US\n");
    big.append("Acme,Françe\n");
    assertUndecodableAt(write("big.csv", big.toString().getBytes(Charset.forName("windows-1252"))), 6002, "country");
  }

  private static void assertUndecodableAt(Path f, long line, String field) {
    assertThatThrownBy(() -> readAll(f, null)).isInstanceOf(InputException.class).satisfies(e -> {
      InputException ie = (InputException) e;
      assertThat(ie.problem().line()).as(f.toString()).isEqualTo(line);
      assertThat(ie.problem().field()).as(f.toString()).isEqualTo(field);
      assertThat(ie.getMessage()).contains(f + ":" + line + " [" + field + "]");
    });
  }

  @Test
  void readsGb18030WhenTold() throws Exception {
    Path f = write("gb.csv", "公司名称\n浙江大华技术股份有限公司\n".getBytes(Charset.forName("GB18030")));
    assertThatThrownBy(() -> readAll(f, null)).isInstanceOf(InputException.class);
    assertThat(readAll(f, Charset.forName("GB18030")).get(0).get("公司名称")).isEqualTo("浙江大华技术股份有限公司");
  }

  @Test
  void missingFileAndEmptyFileAreClearErrors() throws Exception {
    assertThatThrownBy(() -> readAll(dir.resolve("nope.csv"), null)).isInstanceOf(InputException.class)
        .hasMessageContaining("nope.csv").hasMessageContaining("not found");
    assertThatThrownBy(() -> readAll(write("empty.csv", ""), null)).isInstanceOf(InputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void reportsHowFarItHasRead() throws Exception {
    try (InputReader r = InputFiles.open(write("p.csv", "name\na\nb\n"), null, null)) {
      r.forEachRemaining(x -> {});
      assertThat(r.fractionRead()).isEqualTo(1.0);
    }
  }

  /** The first rows of examples/suppliers.csv with the quoting of one value broken, as hand edits do. */
  private Path brokenSuppliers(String badRow) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("../examples/suppliers.csv")).subList(0, 4));
    lines.add(badRow);
    lines.add("SUP-00006,\"BluePacket Communications Co., Ltd.\",TW");
    return write("suppliers-broken.csv", String.join("\n", lines) + "\n");
  }

  @Test
  void textAfterAClosingQuoteNamesFileLineAndFieldInPlainWords() throws Exception {
    Path f = brokenSuppliers("SUP-00004,\"ShenZhen \"MovingComm\" Technology Co., Limited\",CN");
    assertThatThrownBy(() -> readAll(f, null)).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.problem().line()).isEqualTo(5);
      assertThat(e.problem().field()).isEqualTo("name");
      assertThat(e.getMessage()).contains("suppliers-broken.csv:5 [name]: text follows the closing quote")
          .contains("must be doubled").doesNotContain("Exception").doesNotContain("encapsulated");
    });
  }

  @Test
  void aMissingClosingQuoteNamesTheLineWhereTheValueOpens() throws Exception {
    // the parser only fails on line 6, where the next quote "closes" the value opened on line 5
    Path f = brokenSuppliers("SUP-00004,ShenZhen MovingComm Technology,\"CN");
    assertThatThrownBy(() -> readAll(f, null)).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.problem().line()).isEqualTo(5);
      assertThat(e.problem().field()).isEqualTo("country");
      assertThat(e.getMessage()).contains("runs on to line 6").contains("closing quote (\") is probably missing")
          .doesNotContain("Exception");
    });
  }

  @Test
  void aQuoteNeverClosedUpToTheEndOfTheFileNamesItsLine() throws Exception {
    Path f = write("tail.csv", String.join("\n", Files.readAllLines(Path.of("../examples/suppliers.csv")).subList(0, 4))
        + "\nSUP-00004,\"ShenZhen MovingComm Technology Co., Limited,CN\nSUP-00005,Acme,US\n");
    assertThatThrownBy(() -> readAll(f, null)).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.problem().line()).isEqualTo(5);
      assertThat(e.problem().field()).isEqualTo("name");
      assertThat(e.getMessage()).contains("tail.csv:5 [name]: a quoted value starts on this line and its closing quote")
          .doesNotContain("Exception");
    });
  }
}
