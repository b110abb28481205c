package org.tiescan.server;

/**
 * How the server listens and what it allows.
 *
 * @param bind address to listen on (default loopback: put a TLS proxy in front to expose it)
 * @param port port, 0 for any free one (tests)
 * @param ratePerSecond requests a second per API key on average (bursts of twice that)
 * @param maxBodyBytes largest request body accepted (413 beyond)
 * @param corsOrigin the one origin allowed to call the API from a browser, or null: CORS off
 */
public record ServerOptions(String bind, int port, double ratePerSecond, long maxBodyBytes, String corsOrigin) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final double DEFAULT_RATE = 50;
  public static final long DEFAULT_MAX_BODY = 1_000_000;

  public static ServerOptions defaults() {
    return new ServerOptions(DEFAULT_BIND, DEFAULT_PORT, DEFAULT_RATE, DEFAULT_MAX_BODY, null);
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(bind, p, ratePerSecond, maxBodyBytes, corsOrigin);
  }

  public ServerOptions withRate(double r) {
    return new ServerOptions(bind, port, r, maxBodyBytes, corsOrigin);
  }
}
