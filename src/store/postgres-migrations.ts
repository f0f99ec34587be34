/** Versioned schema changes for PostgreSQL, the same tables as SQLite's. Never edit a released one. */
export const POSTGRES_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE items (
        id TEXT PRIMARY KEY, date TEXT NOT NULL, date_start TEXT NOT NULL, date_end TEXT NOT NULL,
        administration TEXT NOT NULL, instrument TEXT NOT NULL, driver TEXT NOT NULL, search_text TEXT NOT NULL,
        body TEXT NOT NULL, content_hash TEXT NOT NULL, added_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE INDEX items_by_date ON items (date_end DESC, date DESC, id);
      CREATE INDEX items_by_added ON items (added_at);
      CREATE TABLE item_refs (
        item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE, kind TEXT NOT NULL, ref TEXT NOT NULL,
        PRIMARY KEY (item_id, kind, ref)
      );
      CREATE INDEX item_refs_by_ref ON item_refs (kind, ref, item_id);
      CREATE TABLE passages (id TEXT PRIMARY KEY, document_id TEXT NOT NULL, position INTEGER NOT NULL, body TEXT NOT NULL);
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE conversations (key TEXT PRIMARY KEY, turns TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE answer_cache (key TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE claimed_keys (key TEXT PRIMARY KEY, claimed_at TEXT NOT NULL);
      CREATE TABLE answers (
        id SERIAL PRIMARY KEY, platform TEXT NOT NULL, conversation TEXT NOT NULL, question TEXT NOT NULL,
        reply TEXT NOT NULL, created_at TEXT NOT NULL
      );
      CREATE TABLE feedback (
        id SERIAL PRIMARY KEY, answer_id INTEGER NOT NULL REFERENCES answers (id), user_ref TEXT NOT NULL,
        rating TEXT NOT NULL CHECK (rating IN ('up', 'down')), created_at TEXT NOT NULL, UNIQUE (answer_id, user_ref)
      );
      CREATE TABLE conversation_refs (key TEXT PRIMARY KEY, platform TEXT NOT NULL, reference TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE subscriptions (
        id SERIAL PRIMARY KEY, platform TEXT NOT NULL, channel TEXT NOT NULL, schedule TEXT NOT NULL, time_zone TEXT NOT NULL,
        filter TEXT NOT NULL, filter_label TEXT NOT NULL, notify_empty INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
        created_by TEXT NOT NULL, delivered_until TEXT NOT NULL, consecutive_failures INTEGER NOT NULL DEFAULT 0,
        paused INTEGER NOT NULL DEFAULT 0, last_error TEXT
      );
      CREATE TABLE deliveries (
        id SERIAL PRIMARY KEY, subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        window_start TEXT NOT NULL, window_end TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('claimed', 'delivered', 'failed')),
        attempt INTEGER NOT NULL DEFAULT 1, claimed_at TEXT NOT NULL, finished_at TEXT, message_id TEXT, error TEXT
      );
      CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id, status);
    `,
  },
  {
    version: 2,
    sql: 'CREATE INDEX items_by_updated ON items (updated_at);',
  },
  {
    version: 3,
    sql: "ALTER TABLE subscriptions ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';",
  },
  {
    version: 4,
    sql: `
      ALTER TABLE items ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
      CREATE INDEX items_by_change ON items (change_seq, id);
    `,
  },
  {
    version: 5,
    sql: `
      CREATE TABLE delivery_parts (
        delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE, part INTEGER NOT NULL, payload TEXT NOT NULL,
        posted_at TEXT, message_id TEXT, PRIMARY KEY (delivery_id, part)
      );
      CREATE TABLE outbox (
        id SERIAL PRIMARY KEY, platform TEXT NOT NULL, payload TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')), attempts INTEGER NOT NULL DEFAULT 0,
        parts_posted INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, lease_until TEXT, last_error TEXT,
        created_at TEXT NOT NULL, finished_at TEXT
      );
      CREATE INDEX outbox_due ON outbox (platform, status, next_attempt_at);
      CREATE INDEX outbox_by_finish ON outbox (finished_at);
    `,
  },
  {
    version: 6,
    sql: 'CREATE TABLE embeddings (doc_id TEXT NOT NULL, model TEXT NOT NULL, content_hash TEXT NOT NULL, vector BYTEA NOT NULL, PRIMARY KEY (doc_id, model));',
  },
  {
    version: 7,
    sql: `
      CREATE TABLE candidates (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, document_id TEXT NOT NULL, publication_date TEXT NOT NULL, document TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'skipped')), item TEXT, suggested_reading TEXT, reason TEXT,
        found_at TEXT NOT NULL, reviewed_at TEXT, reviewer TEXT
      );
      CREATE INDEX candidates_by_status ON candidates (status, found_at, publication_date, id);
      CREATE TABLE source_cursors (watch TEXT PRIMARY KEY, cursor TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE source_runs (
        id SERIAL PRIMARY KEY, watch TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'partial', 'failed')), seen INTEGER NOT NULL, proposed INTEGER NOT NULL,
        skipped INTEGER NOT NULL, known INTEGER NOT NULL, error TEXT
      );
      CREATE INDEX source_runs_by_watch ON source_runs (watch, id);
    `,
  },
];
