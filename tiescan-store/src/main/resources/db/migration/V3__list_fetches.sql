-- Where a list version was downloaded from (tiescan lists update): one row per fetched version.
-- Versions imported from a local file have no row.
CREATE TABLE list_fetches (
  version_id    BIGINT PRIMARY KEY REFERENCES list_versions(id) ON DELETE CASCADE,
  url           TEXT NOT NULL,
  fetched_at    TEXT NOT NULL,
  http_status   INTEGER NOT NULL,
  etag          TEXT,
  last_modified TEXT,
  content_type  TEXT,
  bytes         BIGINT NOT NULL,
  sha256        TEXT NOT NULL
);
