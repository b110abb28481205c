package org.tiescan.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.cli.CliContext;
import org.tiescan.cli.ExitCodes;
import org.tiescan.cli.Main;
import org.tiescan.server.auth.ApiKeys;
import org.tiescan.store.DataDirectory;

/** {@code tiescan serve} reaches the CLI through ServiceLoader; its key commands and option checks. */
class ServeCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, Main.defaultOpener());
    return Main.run(ctx, args);
  }

  @Test
  void serveIsListedInTheCliHelp() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("serve");
  }

  @Test
  void createListAndRevokeKeysWithoutEverStoringTheKey() throws Exception {
    assertThat(run("serve", "--data-dir", dir.toString(), "--create-key", "alice", "--role", "reviewer")).isZero();
    String key = out.toString().strip();
    assertThat(key).startsWith("tsk_").hasSizeGreaterThan(40);
    assertThat(err.toString()).contains("shown only now");
    try (DataDirectory data = DataDirectory.open(dir)) {
      ApiKeys keys = ApiKeys.open(data);
      assertThat(keys.verify(key)).map(p -> p.name()).hasValue("alice");
      assertThat(java.nio.file.Files.readAllBytes(data.databaseFile())).asString(StandardCharsets.ISO_8859_1).doesNotContain(key);
    }
    out.getBuffer().setLength(0);
    assertThat(run("serve", "--data-dir", dir.toString(), "--list-keys")).isZero();
    assertThat(out.toString()).contains("alice").contains("reviewer").doesNotContain(key);
    assertThat(run("serve", "--data-dir", dir.toString(), "--create-key", "alice")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("exists already");
    assertThat(run("serve", "--data-dir", dir.toString(), "--revoke-key", "alice")).isZero();
    try (DataDirectory data = DataDirectory.open(dir)) {
      assertThat(ApiKeys.open(data).verify(key)).isEmpty();
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("serve", "--data-dir", dir.toString(), "--create-key", "bob", "--role", "superuser")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown role");
    assertThat(run("serve", "--data-dir", dir.toString(), "--monitor-every", "soon")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--monitor-every");
  }
}
