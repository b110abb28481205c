package org.tiescan.server.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions of the web UI: a user logs in once with an API key and gets an HttpOnly,
 * SameSite=Strict cookie with a random session token; the key never reaches the page. Each session
 * also has a CSRF token that every form posts back. Kept in memory: a restart logs everyone out.
 */
public final class Sessions {
  public static final String COOKIE = "tiescan_session";
  private static final Duration LIFETIME = Duration.ofHours(8);

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** One logged-in browser. */
  public record Session(String token, String csrf, Principal principal, long expiresAtMillis) {}

  public Session create(Principal p) {
    sessions.values().removeIf(s -> s.expiresAtMillis() < System.currentTimeMillis());
    Session s = new Session(token(), token(), p, System.currentTimeMillis() + LIFETIME.toMillis());
    sessions.put(s.token(), s);
    return s;
  }

  public Optional<Session> get(String token) {
    if (token == null) return Optional.empty();
    Session s = sessions.get(token);
    if (s == null || s.expiresAtMillis() < System.currentTimeMillis()) return Optional.empty();
    return Optional.of(s);
  }

  public void end(String token) {
    if (token != null) sessions.remove(token);
  }

  /** The Set-Cookie value for a session (or, with null, one that deletes the cookie). */
  public static String cookie(Session s) {
    String base = COOKIE + "=" + (s == null ? "" : s.token()) + "; Path=/; HttpOnly; SameSite=Strict";
    return s == null ? base + "; Max-Age=0" : base + "; Max-Age=" + LIFETIME.toSeconds();
  }

  private String token() {
    byte[] b = new byte[24];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
