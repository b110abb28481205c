package org.tiescan.cli.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads one file completely or not at all: an HTTP status other than 200 (or 304 to a
 * conditional request), an HTML page where a list was expected, a body larger than the limit or
 * shorter than its Content-Length, and a transfer slower than the time limit all end in a
 * {@link DownloadException} that says which, and the partial file is deleted.
 */
public final class Downloader {
  private static final long PROGRESS_STEP = 8L << 20;

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;
  private final PrintWriter progress;

  /**
   * @param timeout limit for the whole transfer (headers and body)
   * @param maxBytes largest body accepted
   * @param progress where progress of long downloads goes (stderr), or null
   */
  public Downloader(HttpClient client, Duration timeout, long maxBytes, PrintWriter progress) {
    this.client = client;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.progress = progress;
  }

  /**
   * An HTTP client that follows redirects and uses {@code proxy} when given, otherwise the JVM's
   * proxy settings ({@code https.proxyHost}/{@code https.proxyPort}, {@code http.proxyHost}...).
   */
  public static HttpClient client(Optional<InetSocketAddress> proxy, Duration connectTimeout) {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(connectTimeout)
        .proxy(proxy.map(ProxySelector::of).orElseGet(ProxySelector::getDefault))
        .build();
  }

  /**
   * Saves {@code uri} to {@code target}.
   *
   * @param ifNoneMatch the ETag of the copy already held, or null; a 304 answer then means unchanged
   */
  public Download fetch(URI uri, Path target, String ifNoneMatch) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
        .header("User-Agent", "tiescan (restricted-party list update)");
    if (ifNoneMatch != null) request.header("If-None-Match", ifNoneMatch);
    Instant deadline = Instant.now().plus(timeout);
    HttpResponse<InputStream> response = send(uri, request.build());
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    String etag = response.headers().firstValue("ETag").orElse(null);
    String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
    if (response.statusCode() == 304 && ifNoneMatch != null) {
      closeQuietly(response.body());
      return new Download(uri, null, 304, etag, lastModified, contentType, 0, null, Instant.now());
    }
    try (InputStream body = response.body()) {
      checkStatusAndType(uri, response.statusCode(), contentType);
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() > maxBytes) {
        throw new DownloadException(uri + " is " + mb(length.getAsLong()) + ", more than the limit of " + mb(maxBytes)
            + " (raise it with --max-size)");
      }
      Saved saved = saveWithDeadline(uri, body, target, length, deadline);
      return new Download(uri, target, response.statusCode(), etag, lastModified, contentType, saved.bytes(),
          saved.sha256(), Instant.now());
    } catch (IOException e) {
      throw deleteAnd(target, new DownloadException("download of " + uri + " failed: " + e.getMessage(), e));
    } catch (RuntimeException e) {
      throw deleteAnd(target, e);
    }
  }

  private HttpResponse<InputStream> send(URI uri, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new DownloadException(uri + " did not answer within " + timeout.toSeconds() + " s (timed out)", e);
    } catch (IOException e) {
      throw new DownloadException("cannot reach " + uri + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException("download of " + uri + " was interrupted", e);
    }
  }

  private static void checkStatusAndType(URI uri, int status, String contentType) {
    if (status != 200) throw new DownloadException(uri + " answered HTTP " + status + " instead of the list");
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")) {
      throw new DownloadException(uri + " sent an HTML page (Content-Type " + contentType
          + ") instead of the list: an error, maintenance or login page?");
    }
  }

  private record Saved(long bytes, String sha256) {}

  /**
   * Copies the body on a worker thread and waits for it until the deadline: a read blocked on a
   * stalled server cannot be interrupted reliably, so on time-out the stream is closed, the worker
   * abandoned (a daemon thread) and the partial file deleted by the caller.
   */
  private Saved saveWithDeadline(URI uri, InputStream body, Path target, OptionalLong length, Instant deadline)
      throws IOException {
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "tiescan-download");
      t.setDaemon(true);
      return t;
    });
    Future<Saved> copying = worker.submit(() -> copy(uri, body, target, length));
    try {
      long millis = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
      return copying.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      copying.cancel(true);
      closeQuietly(body);
      throw new DownloadException(uri + ": download not finished within " + timeout.toSeconds() + " s (timed out)", e);
    } catch (InterruptedException e) {
      copying.cancel(true);
      Thread.currentThread().interrupt();
      throw new DownloadException("download of " + uri + " was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof IOException io) throw io;
      throw new IOException(cause);
    } finally {
      worker.shutdownNow();
    }
  }

  private Saved copy(URI uri, InputStream body, Path target, OptionalLong length) throws IOException {
    MessageDigest sha = sha256();
    long total = 0;
    long nextReport = PROGRESS_STEP;
    byte[] buf = new byte[1 << 16];
    boolean first = true;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
      int n;
      while ((n = body.read(buf)) != -1) {
        if (first) refuseHtml(uri, buf, n);
        first = false;
        total += n;
        if (total > maxBytes) throw new DownloadException(uri + " sent more than the limit of " + mb(maxBytes) + " (raise it with --max-size)");
        out.write(buf, 0, n);
        if (total >= nextReport) {
          report(uri, total, length);
          nextReport += PROGRESS_STEP;
        }
      }
    } catch (IOException e) {
      throw new IOException("interrupted after " + total + " bytes (" + describe(e) + ")", e);
    }
    if (length.isPresent() && total != length.getAsLong()) {
      throw new DownloadException(uri + " was cut short: " + total + " of " + length.getAsLong() + " bytes arrived (truncated)");
    }
    if (total == 0) throw new DownloadException(uri + " sent an empty body");
    return new Saved(total, HexFormat.of().formatHex(sha.digest()));
  }

  /** Servers answer 200 with an HTML error page under a wrong content type too; the first bytes tell. */
  private static void refuseHtml(URI uri, byte[] buf, int n) {
    String head = new String(buf, 0, Math.min(n, 512), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading()
        .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      throw new DownloadException(uri + " sent an HTML page instead of the list: an error, maintenance or login page?");
    }
  }

  private void report(URI uri, long total, OptionalLong length) {
    if (progress == null) return;
    String of = length.isPresent() ? " of " + mb(length.getAsLong()) : "";
    progress.println("  downloading " + uri.getHost() + ": " + mb(total) + of);
    progress.flush();
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static RuntimeException deleteAnd(Path target, RuntimeException e) {
    try {
      Files.deleteIfExists(target);
    } catch (IOException ignored) {
      // the caller deletes the whole download directory anyway
    }
    return e;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was read from it
    }
  }
}
