package org.tiescan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The download record of each fetched list version (table {@code list_fetches}). */
public final class FetchLog {
  private final DataDirectory data;

  FetchLog(DataDirectory data) {
    this.data = data;
  }

  /**
   * Records how {@code versionId} was fetched, replacing an earlier record of the same version, and
   * makes the URL the version's source location (the downloaded temporary file is gone by then).
   */
  public void record(long versionId, FetchRecord f) {
    try (Connection c = data.connect();
        PreparedStatement source = c.prepareStatement("UPDATE list_versions SET source_location = ? WHERE id = ?");
        PreparedStatement ps = c.prepareStatement("INSERT INTO list_fetches (version_id, url, fetched_at, http_status,"
            + " etag, last_modified, content_type, bytes, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (version_id) DO UPDATE SET url = excluded.url, fetched_at = excluded.fetched_at,"
            + " http_status = excluded.http_status, etag = excluded.etag, last_modified = excluded.last_modified,"
            + " content_type = excluded.content_type, bytes = excluded.bytes, sha256 = excluded.sha256")) {
      ps.setLong(1, versionId);
      ps.setString(2, f.url());
      ps.setString(3, Sql.time(f.fetchedAt()));
      ps.setInt(4, f.httpStatus());
      ps.setString(5, f.etag());
      ps.setString(6, f.lastModified());
      ps.setString(7, f.contentType());
      ps.setLong(8, f.bytes());
      ps.setString(9, f.sha256());
      c.setAutoCommit(false);
      ps.executeUpdate();
      source.setString(1, f.url());
      source.setLong(2, versionId);
      source.executeUpdate();
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot record the download of version " + versionId + ": " + e.getMessage(), e);
    }
  }

  /** How {@code versionId} was fetched, or empty when it was imported from a local file. */
  public Optional<FetchRecord> forVersion(long versionId) {
    try (Connection c = data.connect();
        PreparedStatement ps = c.prepareStatement("SELECT url, fetched_at, http_status, etag, last_modified,"
            + " content_type, bytes, sha256 FROM list_fetches WHERE version_id = ?")) {
      ps.setLong(1, versionId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new FetchRecord(rs.getString(1), Sql.time(rs.getString(2)), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the download record of version " + versionId + ": " + e.getMessage(), e);
    }
  }
}
