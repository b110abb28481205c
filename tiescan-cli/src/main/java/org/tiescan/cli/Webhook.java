package org.tiescan.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.tiescan.store.Checksums;

/**
 * Delivers one JSON payload by HTTP POST, retrying failures (connection errors and non-2xx answers)
 * with exponential backoff, and logging every attempt through {@link AttemptLog}.
 */
final class Webhook {
  /** Where each attempt is recorded (the case store's delivery log). */
  @FunctionalInterface
  interface AttemptLog {
    void attempt(String url, int attempt, Integer httpStatus, String error, boolean delivered, String payloadSha256);
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final int attempts;
  private final Duration firstBackoff;
  private final AttemptLog log;

  Webhook(int attempts, Duration firstBackoff, AttemptLog log) {
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
    this.log = log;
  }

  /** Returns the attempt that succeeded, or 0 when every attempt failed. */
  int deliver(String url, String json) throws InterruptedException {
    String sha = Checksums.sha256(json);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("X-Tiescan-Payload-SHA256", sha)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    long backoff = firstBackoff.toMillis();
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        boolean ok = status / 100 == 2;
        log.attempt(url, attempt, status, ok ? null : "HTTP " + status, ok, sha);
        if (ok) return attempt;
      } catch (IOException e) {
        log.attempt(url, attempt, null, e.toString(), false, sha);
      }
      if (attempt < attempts) {
        Thread.sleep(backoff);
        backoff *= 2;
      }
    }
    return 0;
  }
}
