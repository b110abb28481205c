package org.tiescan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tiescan.cli.update.Download;
import org.tiescan.cli.update.DownloadException;
import org.tiescan.cli.update.Downloader;
import org.tiescan.cli.update.ListAddresses;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.ListSources;
import org.tiescan.store.Checksums;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.DirectoryTrees;
import org.tiescan.store.FetchRecord;
import org.tiescan.store.ImportResult;
import org.tiescan.store.ListVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tiescan lists update}: downloads lists from their official addresses and imports each as a
 * new version. A download goes to a temporary directory inside the data directory; only a complete
 * file that parses without a fatal error and is plausible (see the store's import) becomes current.
 */
@Command(name = "update", mixinStandardHelpOptions = true,
    description = "Downloads lists from their official addresses and imports each as a new version. A failed, "
        + "partial or interrupted download, a file that does not parse, or a list that shrank by more than half "
        + "(without --force) changes nothing.",
    footer = {"%nAddresses: built-in defaults, overridden by DATA_DIR/" + ListAddresses.FILE
        + " (LIST = URL lines) and --url.%nProxy: --proxy, or the JVM's https.proxyHost/https.proxyPort.%n"
        + "%nExamples:%n  tiescan lists update%n  tiescan lists update us-csl un-sc-sanctions%n"
        + "  tiescan lists update eu-fsf --url eu-fsf=https://mirror.example/eu.xml%n", ExitCodes.TABLE})
final class ListsUpdateCommand implements Callable<Integer> {
  private static final long MB = 1_000_000L;

  private final CliContext ctx;
  @Spec CommandSpec spec;
  @Mixin DataDirOption dataDir;

  @Parameters(arity = "0..*", paramLabel = "LIST", description = "Lists to update (default: every list with an address).")
  List<String> lists = new ArrayList<>();

  @Option(names = "--url", paramLabel = "LIST=URL", description = "Download LIST from URL this time.")
  Map<String, String> urls = new LinkedHashMap<>();

  @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "HTTP(S) proxy to use.")
  String proxy;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
      description = "Time limit per file, headers and body (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "1000",
      description = "Largest file accepted, in MB (default: ${DEFAULT-VALUE}).")
  long maxMegabytes;

  @Option(names = "--force", description = "Import even when a list shrank by more than half.")
  boolean force;

  ListsUpdateCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    Path dir = dataDir.resolve();
    try (Workspace ws = ctx.opener().open(dir)) {
      ListAddresses addresses = addresses(dir);
      List<String> wanted = lists.isEmpty() ? addresses.defaults() : lists;
      wanted.forEach(l -> checkKnown(addresses, l));
      Downloader downloader = new Downloader(Downloader.client(proxyAddress(), Duration.ofSeconds(30)),
          Duration.ofSeconds(timeoutSeconds), maxMegabytes * MB, ctx.err());
      int exit = ExitCodes.OK;
      for (String list : wanted) {
        exit = Math.max(exit, update(ws, downloader, list, addresses.partsOf(list).orElseThrow()));
      }
      return exit;
    }
  }

  private int update(Workspace ws, Downloader downloader, String list, List<ListAddresses.Part> parts) {
    DataDirectory data = ws.store();
    // a list's formats (OFAC CSV and XML) share one dataset, so their versions form one history
    String dataset = ListSources.forName(list, data.root()).dataset().name();
    Optional<ListVersion> current = data.catalog().currentVersion(dataset);
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory(data.root(), ".download-" + list + "-");
      ctx.err().println("downloading " + list + " (" + parts.size() + (parts.size() == 1 ? " file" : " files") + ")");
      Fetched fetched = download(downloader, parts, tmp, previousEtag(data, current, parts));
      if (fetched == null) {
        ctx.out().println(list + ": unchanged (HTTP 304 Not Modified); version " + current.orElseThrow().id() + " stays current");
        return ExitCodes.OK;
      }
      Path location = parts.size() == 1 ? fetched.downloads().get(0).file() : tmp;
      if (current.isPresent() && current.get().sha256().equals(Checksums.sha256(location)) && !force) {
        ctx.out().println(list + ": unchanged (same SHA-256 as version " + current.get().id() + "); nothing imported");
        return ExitCodes.OK;
      }
      ImportResult result = ws.importFetched(list, location, fetched.record(location), force);
      ctx.out().println(describe(dataset, result, current));
      return ExitCodes.OK;
    } catch (DownloadException e) {
      ctx.err().println(list + ": not updated: " + e.getMessage() + keeps(current));
      return ExitCodes.NETWORK;
    } catch (DataException e) {
      ctx.err().println(list + ": not updated: " + e.getMessage() + keeps(current));
      return ExitCodes.DATA;
    } catch (IOException e) {
      ctx.err().println(list + ": not updated: " + e.getMessage() + keeps(current));
      return ExitCodes.DATA;
    } finally {
      DirectoryTrees.deleteQuietly(tmp); // a leftover is harmless and named .download-*
    }
  }

  private record Fetched(List<Download> downloads) {
    FetchRecord record(Path location) throws IOException {
      Download first = downloads.get(0);
      String url = String.join(" ", downloads.stream().map(d -> d.uri().toString()).toList());
      long bytes = downloads.stream().mapToLong(Download::bytes).sum();
      String sha = downloads.size() == 1 ? first.sha256() : Checksums.sha256(location);
      return new FetchRecord(url, downloads.get(downloads.size() - 1).finishedAt(), first.status(), first.etag(),
          first.lastModified(), first.contentType(), bytes, sha);
    }
  }

  /** Every part, or null when the single part was not modified since the held copy. */
  private static Fetched download(Downloader downloader, List<ListAddresses.Part> parts, Path dir, String etag) {
    List<Download> done = new ArrayList<>();
    for (ListAddresses.Part part : parts) {
      Download d = downloader.fetch(part.uri(), dir.resolve(part.fileName()), parts.size() == 1 ? etag : null);
      if (d.notModified()) return null;
      done.add(d);
    }
    return new Fetched(done);
  }

  /** A conditional request only when the current version came from the same address. */
  private static String previousEtag(DataDirectory data, Optional<ListVersion> current, List<ListAddresses.Part> parts) {
    if (current.isEmpty() || parts.size() != 1) return null;
    return data.fetches().forVersion(current.get().id())
        .filter(f -> f.url().equals(parts.get(0).uri().toString()))
        .map(FetchRecord::etag).orElse(null);
  }

  private static String describe(String list, ImportResult r, Optional<ListVersion> before) {
    ListVersion v = r.version();
    String was = before.map(b -> String.format(Locale.ROOT, " (was %,d in version %d)", b.recordCount(), b.id())).orElse("");
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: updated to version %d, %,d entities%s, %,d records skipped",
        list, v.id(), v.recordCount(), was, v.problemCount()));
    for (RecordProblem p : r.problems().stream().limit(5).toList()) out.append(System.lineSeparator()).append("    skipped: ").append(p);
    return out.toString();
  }

  private static String keeps(Optional<ListVersion> current) {
    return current.map(v -> "; version " + v.id() + " stays current").orElse("; nothing was imported");
  }

  private ListAddresses addresses(Path dir) {
    try {
      return ListAddresses.load(dir, urls);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkKnown(ListAddresses addresses, String list) {
    if (addresses.partsOf(list).isPresent()) return;
    if (ListSources.names().contains(list)) {
      throw new ParameterException(spec.commandLine(), "'" + list + "' has no official machine-readable download;"
          + " import its cited data file with `tiescan lists import " + list + " FILE` (see docs/data-sources.md),"
          + " or give an address with --url " + list + "=URL");
    }
    throw new ParameterException(spec.commandLine(), "unknown list '" + list + "'; lists with an address: "
        + String.join(", ", addresses.lists()));
  }

  private Optional<InetSocketAddress> proxyAddress() {
    if (proxy == null) return Optional.empty();
    int colon = proxy.lastIndexOf(':');
    try {
      return Optional.of(InetSocketAddress.createUnresolved(proxy.substring(0, colon), Integer.parseInt(proxy.substring(colon + 1))));
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), "--proxy wants HOST:PORT, got '" + proxy + "'");
    }
  }

}
