package org.tiescan.bench.run;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loopback load test of {@code POST /match/default} (issue 9) against a running {@code tiescan serve}
 * (scripts/bench-server starts one): first the sustained rate of C closed-loop clients, then a paced
 * run at R requests a second whose latency counts from each request's scheduled start, so a slow
 * server cannot hide its queueing (no coordinated omission). Both phases are bounded in time and count.
 *
 * <p>Arguments: {@code --url http://127.0.0.1:PORT --key KEY [--names FILE.csv] [--clients 4]
 * [--seconds 20] [--rate 200] [--server-pid PID]}; with the server's pid (Linux) each phase also
 * reports the server's CPU time per request, the figure that holds on a busy machine. Names are the {@code name} column of the file (default
 * examples/suppliers.csv), one name per request, in turn.
 */
public final class ServerLoad {
  private final HttpClient http;
  private final String url;
  private final String key;
  private final List<String> bodies;
  private final AtomicInteger next = new AtomicInteger();
  private final long serverPid;

  private ServerLoad(String url, String key, List<String> names, ExecutorService pool, long serverPid) {
    this.serverPid = serverPid;
    this.http = HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(5)).build();
    this.url = url;
    this.key = key;
    this.bodies = names.stream().map(ServerLoad::body).toList();
  }

  public static void main(String[] args) throws Exception {
    String url = arg(args, "--url", "http://127.0.0.1:8080");
    String key = arg(args, "--key", System.getenv("TIESCAN_KEY"));
    Path names = Path.of(arg(args, "--names", "examples/suppliers.csv"));
    int clients = Integer.parseInt(arg(args, "--clients", "4"));
    int seconds = Integer.parseInt(arg(args, "--seconds", "20"));
    int rate = Integer.parseInt(arg(args, "--rate", "200"));
    if (key == null) throw new IllegalArgumentException("--key KEY (or $TIESCAN_KEY) is required");
    ExecutorService pool = Executors.newFixedThreadPool(32, r -> {
      Thread t = new Thread(r, "load-client");
      t.setDaemon(true);
      return t;
    });
    long pid = Long.parseLong(arg(args, "--server-pid", "-1"));
    ServerLoad load = new ServerLoad(url, key, names(names), pool, pid);
    System.out.println("machine: " + Machine.describe());
    System.out.printf(Locale.ROOT, "names: %d from %s; one name per POST /match/default%n", load.bodies.size(), names);
    load.closedLoop(clients, 5, false);
    load.closedLoop(clients, seconds, true);
    load.paced(rate, seconds);
    System.out.printf(Locale.ROOT, "load average after: %.2f%n", Machine.load());
    pool.shutdownNow();
  }

  /** C clients each sending the next request when the previous answered. */
  private void closedLoop(int clients, int seconds, boolean report) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long cpu0 = serverCpuMillis();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          long t0 = System.nanoTime();
          boolean good = send().join();
          latencies.add(System.nanoTime() - t0);
          (good ? ok : failed).incrementAndGet();
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) t.join();
    if (!report) return;
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "sustained (%d closed-loop clients, %d s): %.0f req/s, %d ok, %d failed; %s%s%n",
        clients, seconds, ok.get() / secs, ok.get(), failed.get(), percentiles(latencies), cpu(cpu0, ok.get() + failed.get()));
  }

  /** R requests a second on a fixed schedule; latency from the scheduled start to the answer. */
  private void paced(int rate, int seconds) throws InterruptedException {
    int total = rate * seconds;
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicLong failed = new AtomicLong();
    List<CompletableFuture<Void>> inFlight = new ArrayList<>();
    long cpu0 = serverCpuMillis();
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      inFlight.add(send().thenAccept(good -> {
        latencies.add(System.nanoTime() - due);
        if (!good) failed.incrementAndGet();
      }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "paced at %d req/s for %d s: %d sent, %d answered in %.1f s (%.0f req/s), %d failed; %s%s%n",
        rate, seconds, total, latencies.size(), secs, latencies.size() / secs, failed.get(), percentiles(new ArrayList<>(latencies)),
        cpu(cpu0, total));
  }

  private CompletableFuture<Boolean> send() {
    String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
    HttpRequest r = HttpRequest.newBuilder(URI.create(url + "/match/default")).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).handle((resp, e) -> e == null && resp.statusCode() == 200);
  }

  /** The server process's user + system CPU time from /proc (Linux), or -1. */
  private long serverCpuMillis() {
    if (serverPid < 0) return -1;
    try {
      String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // clock ticks of 10 ms (USER_HZ 100)
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private String cpu(long before, long requests) {
    long after = serverCpuMillis();
    if (before < 0 || after < 0 || requests == 0) return "";
    return String.format(Locale.ROOT, "; server CPU %.2f ms/request", (after - before) / (double) requests);
  }

  private static String percentiles(List<Long> nanos) {
    if (nanos.isEmpty()) return "no answers";
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", at(sorted, 0.50), at(sorted, 0.90),
        at(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double at(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
  }

  private static String body(String name) {
    String escaped = name.replace("\\", "\\\\").replace("\"", "\\\"");
    return "{\"queries\": {\"q\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"" + escaped + "\"]}}}}";
  }

  private static List<String> names(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String n = r.get("name");
        if (!n.isBlank()) out.add(n.strip());
      }
    }
    return out;
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return fallback;
  }
}
