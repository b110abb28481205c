-- Case store (issue 8): counterparty register, hits with their current decision, decision history,
-- hash-chained audit log, webhook delivery log. Same portable SQL as V1 (SQLite and PostgreSQL).

-- Parties the user screens, under the user's own id; fields are the input row (JSON object) and
-- mapping the column roles (name/country/identifier columns) so `tiescan monitor` can rescreen them.
CREATE TABLE counterparties (
  id          ${auto_id},
  external_id TEXT NOT NULL UNIQUE,
  fields_json TEXT NOT NULL,
  mapping_json TEXT NOT NULL,
  added_at    TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- One row per (counterparty, entity) hit with its current decision. version grows with every
-- decision or reopening: the optimistic-concurrency token reviewers send back.
-- Evidence the decision rests on: entity_hash (content hash of the entry), matched_names (sorted JSON
-- array), entity_json (the entry as seen, to say what changed when it changes).
CREATE TABLE hits (
  id              ${auto_id},
  counterparty_id BIGINT NOT NULL REFERENCES counterparties(id),
  entity_id       TEXT NOT NULL,
  caption         TEXT NOT NULL,
  entity_hash     TEXT NOT NULL,
  matched_names   TEXT NOT NULL,
  entity_json     TEXT NOT NULL,
  score           DOUBLE PRECISION NOT NULL,
  run_id          BIGINT,
  status          TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'cleared', 'escalated')),
  reason          TEXT,
  reviewer        TEXT,
  decided_at      TEXT,
  change_note     TEXT,
  version         BIGINT NOT NULL,
  first_seen      TEXT NOT NULL,
  UNIQUE (counterparty_id, entity_id)
);
CREATE INDEX hits_status ON hits(status);

-- Every state a hit has been in (append-only), so undo can restore the previous one.
CREATE TABLE decisions (
  id          ${auto_id},
  hit_id      BIGINT NOT NULL REFERENCES hits(id),
  version     BIGINT NOT NULL,
  status      TEXT NOT NULL,
  reason      TEXT,
  reviewer    TEXT,
  decided_at  TEXT NOT NULL,
  entity_hash TEXT NOT NULL,
  UNIQUE (hit_id, version)
);

-- Append-only, tamper-evident: hash = SHA-256(prev_hash + canonical row content).
CREATE TABLE audit_log (
  seq       BIGINT PRIMARY KEY,
  at        TEXT NOT NULL,
  kind      TEXT NOT NULL,
  subject   TEXT NOT NULL,
  content   TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);

-- The head of the chain, one row; updating it first serialises appenders on both engines.
CREATE TABLE audit_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE webhook_deliveries (
  id          ${auto_id},
  url         TEXT NOT NULL,
  attempt     BIGINT NOT NULL,
  at          TEXT NOT NULL,
  http_status BIGINT,
  error       TEXT,
  delivered   BOOLEAN NOT NULL,
  payload_sha256 TEXT NOT NULL
);
