-- tiescan store schema, version 1: list versions, their entities, derived index builds, screening runs.
-- Portable SQL (SQLite and PostgreSQL): TEXT timestamps in ISO-8601 UTC, BIGINT counts,
-- DOUBLE PRECISION scores, BOOLEAN flags. ${auto_id} is a Flyway placeholder for an auto-increment
-- primary key, the one construct the two engines spell differently (see Migrations.java).

CREATE TABLE datasets (
  name        TEXT PRIMARY KEY,
  title       TEXT,
  publisher   TEXT,
  source_url  TEXT,
  licence     TEXT
);

CREATE TABLE list_versions (
  id              ${auto_id},
  dataset         TEXT NOT NULL REFERENCES datasets(name),
  snapshot_date   TEXT,
  imported_at     TEXT NOT NULL,
  source_location TEXT NOT NULL,
  sha256          TEXT NOT NULL,
  record_count    BIGINT NOT NULL DEFAULT 0,
  problem_count   BIGINT NOT NULL DEFAULT 0,
  status          TEXT NOT NULL CHECK (status IN ('staging', 'current', 'superseded'))
);
CREATE INDEX list_versions_dataset ON list_versions(dataset, status);

CREATE TABLE entities (
  version_id   BIGINT NOT NULL REFERENCES list_versions(id) ON DELETE CASCADE,
  entity_id    TEXT NOT NULL,
  schema_name  TEXT NOT NULL,
  caption      TEXT NOT NULL,
  json         TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  PRIMARY KEY (version_id, entity_id)
);
CREATE INDEX entities_entity_id ON entities(entity_id);

-- Problems a reader reported while importing a version (bad rows skipped), kept for `lists` output.
CREATE TABLE import_problems (
  version_id BIGINT NOT NULL REFERENCES list_versions(id) ON DELETE CASCADE,
  problem_no BIGINT NOT NULL,
  file       TEXT,
  line       BIGINT,
  field      TEXT,
  message    TEXT NOT NULL,
  PRIMARY KEY (version_id, problem_no)
);

CREATE TABLE index_builds (
  id         ${auto_id},
  created_at TEXT NOT NULL,
  path       TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('building', 'current', 'superseded', 'failed')),
  message    TEXT
);

-- Which list versions an index build was made from, so a stale index can be detected.
CREATE TABLE index_build_versions (
  build_id   BIGINT NOT NULL REFERENCES index_builds(id) ON DELETE CASCADE,
  version_id BIGINT NOT NULL REFERENCES list_versions(id),
  PRIMARY KEY (build_id, version_id)
);

CREATE TABLE screening_runs (
  id             ${auto_id},
  started_at     TEXT NOT NULL,
  finished_at    TEXT,
  input_path     TEXT,
  input_sha256   TEXT,
  options_json   TEXT,
  index_build_id BIGINT REFERENCES index_builds(id),
  record_count   BIGINT NOT NULL DEFAULT 0,
  hit_count      BIGINT NOT NULL DEFAULT 0,
  problem_count  BIGINT NOT NULL DEFAULT 0,
  status         TEXT NOT NULL CHECK (status IN ('running', 'finished', 'failed')),
  message        TEXT,
  owner          TEXT -- pid@host of the process running it, to fail runs whose process died
);

-- One row per (input record, candidate entity); decisions (issue 8) will key on the same triple.
-- entity_hash is the entity's content_hash when screened: evidence a later decision can compare.
CREATE TABLE run_results (
  run_id           BIGINT NOT NULL REFERENCES screening_runs(id) ON DELETE CASCADE,
  record_no        BIGINT NOT NULL,
  entity_id        TEXT NOT NULL,
  entity_hash      TEXT,
  input_json       TEXT NOT NULL,
  score            DOUBLE PRECISION NOT NULL,
  is_match         BOOLEAN NOT NULL,
  explanation_json TEXT,
  PRIMARY KEY (run_id, record_no, entity_id)
);
CREATE INDEX run_results_entity ON run_results(entity_id);
