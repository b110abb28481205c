package org.tiescan.server.auth;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;
import org.tiescan.store.DataDirectory;
import org.tiescan.store.StoreException;

/**
 * API keys in the data directory's database. Only the SHA-256 of a key is stored: keys are 256
 * random bits, so a plain hash cannot be brute-forced and lets a presented key be found by its hash
 * (no per-key salt needed, unlike passwords). The key itself is shown once, when created.
 *
 * <p>The table belongs to the server, so its migrations ({@code db/server}) keep their own Flyway
 * history table and never collide with the store's version numbers.
 */
public final class ApiKeys {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  private static final String PREFIX = "tsk_";
  /** Verified keys are cached briefly, so a revoked key stops working within this time. */
  private static final long CACHE_MILLIS = 10_000;

  private final DataDirectory data;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(Optional<Principal> principal, long until) {}

  /** A key as listed: never the key itself. */
  public record KeyInfo(long id, String name, Role role, String prefix, Instant createdAt, Instant revokedAt) {}

  /** A key just created; {@code key} is shown to the user once and stored nowhere. */
  public record CreatedKey(Principal principal, String key) {}

  private ApiKeys(DataDirectory data) {
    this.data = data;
  }

  /** The keys of a data directory, creating their table on first use. */
  public static ApiKeys open(DataDirectory data) {
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + data.databaseFile());
    ds.setBusyTimeout(30_000);
    Flyway.configure(ApiKeys.class.getClassLoader()).dataSource(ds).locations("classpath:db/server")
        .table("flyway_server_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
    return new ApiKeys(data);
  }

  /** @throws IllegalArgumentException for a bad or taken name */
  public CreatedKey create(String name, Role role) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a key name is 1-64 letters, digits or ._@- (got '" + name + "')");
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String sql = "INSERT INTO api_keys (name, role, key_sha256, prefix, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id";
    try (Connection c = data.connect(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, name);
      st.setString(2, role.key());
      st.setString(3, sha256(key));
      st.setString(4, key.substring(0, 10));
      st.setString(5, Instant.now().toString());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new CreatedKey(new Principal(rs.getLong(1), name, role), key);
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("UNIQUE")) {
        throw new IllegalArgumentException("a key named '" + name + "' exists already", e);
      }
      throw new StoreException("cannot store the key: " + e.getMessage(), e);
    }
  }

  /** The holder of a presented key, if it is a live key. */
  public Optional<Principal> verify(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) return Optional.empty();
    String hash = sha256(presented);
    long now = System.currentTimeMillis();
    Cached c = cache.get(hash);
    if (c != null && c.until() > now) return c.principal();
    Optional<Principal> found = lookup(hash);
    cache.put(hash, new Cached(found, now + CACHE_MILLIS));
    return found;
  }

  private Optional<Principal> lookup(String hash) {
    String sql = "SELECT id, name, role FROM api_keys WHERE key_sha256 = ? AND revoked_at IS NULL";
    try (Connection c = data.connect(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, hash);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new Principal(rs.getLong(1), rs.getString(2), Role.parse(rs.getString(3))));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the API keys: " + e.getMessage(), e);
    }
  }

  public List<KeyInfo> list() {
    String sql = "SELECT id, name, role, prefix, created_at, revoked_at FROM api_keys ORDER BY id";
    List<KeyInfo> keys = new ArrayList<>();
    try (Connection c = data.connect(); PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String revoked = rs.getString(6);
        keys.add(new KeyInfo(rs.getLong(1), rs.getString(2), Role.parse(rs.getString(3)), rs.getString(4),
            Instant.parse(rs.getString(5)), revoked == null ? null : Instant.parse(revoked)));
      }
      return keys;
    } catch (SQLException e) {
      throw new StoreException("cannot read the API keys: " + e.getMessage(), e);
    }
  }

  /** Revokes the live key of that name; false when there is none. */
  public boolean revoke(String name) {
    String sql = "UPDATE api_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL";
    try (Connection c = data.connect(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, Instant.now().toString());
      st.setString(2, name);
      boolean done = st.executeUpdate() > 0;
      cache.clear();
      return done;
    } catch (SQLException e) {
      throw new StoreException("cannot revoke the key: " + e.getMessage(), e);
    }
  }

  private static String sha256(String key) {
    return org.tiescan.store.Checksums.sha256(key);
  }
}
