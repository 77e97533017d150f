import type Database from 'better-sqlite3';

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The schema, as numbered steps applied once each and recorded in `schema_migrations`. A
 * published step is never edited: a change is a new step.
 *
 * Money lives inside the JSON documents as decimal strings (the contract's `Money`), never REAL.
 * Sort keys are text that orders like the value (`instantKey`), ids break ties, and every list
 * index ends with `id` so keyset pagination reads the index in order.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;

      CREATE TABLE changes (
        sequence INTEGER PRIMARY KEY AUTOINCREMENT,
        department_id TEXT NOT NULL,
        resource_type TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        action TEXT NOT NULL,
        revision INTEGER,
        occurred_at TEXT NOT NULL,
        title TEXT
      ) STRICT;
      CREATE INDEX changes_by_type ON changes (resource_type, sequence);

      CREATE TABLE revisions (
        resource_type TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        action TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        changed_fields TEXT,
        note TEXT,
        doc TEXT NOT NULL,
        PRIMARY KEY (resource_type, resource_id, revision)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE items (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        index_number TEXT NOT NULL UNIQUE,
        revision INTEGER NOT NULL,
        category TEXT NOT NULL,
        level TEXT NOT NULL,
        validity TEXT NOT NULL,
        division_code TEXT NOT NULL,
        published_key TEXT NOT NULL,
        updated_key TEXT NOT NULL,
        written_on TEXT,
        summary_doc TEXT NOT NULL,
        body TEXT,
        search_text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX items_by_published ON items (published_key, id);
      CREATE INDEX items_by_updated ON items (updated_key, id);
      CREATE INDEX items_by_written_desc ON items (coalesce(written_on, ''), id);
      CREATE INDEX items_by_written_asc ON items (coalesce(written_on, '~'), id);
      CREATE INDEX items_by_category ON items (category, published_key, id);
      CREATE INDEX items_by_division ON items (division_code);
      CREATE TABLE item_topics (
        topic TEXT NOT NULL,
        item_seq INTEGER NOT NULL REFERENCES items (seq),
        PRIMARY KEY (topic, item_seq)
      ) STRICT, WITHOUT ROWID;
      -- Candidates for q: trigrams for terms of 3+ characters, 1–2 character grams for shorter
      -- ones. Neither keeps positions (detail=none): a candidate is checked for the substring.
      CREATE VIRTUAL TABLE item_trigrams USING fts5 (text, content = '', contentless_delete = 1, detail = none, tokenize = 'trigram');
      CREATE VIRTUAL TABLE item_grams USING fts5 (grams, content = '', contentless_delete = 1, detail = none);

      CREATE TABLE fees (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        revision INTEGER NOT NULL,
        published_key TEXT NOT NULL,
        division_code TEXT NOT NULL,
        level TEXT NOT NULL,
        withdrawn INTEGER NOT NULL,
        valid_to TEXT,
        search_text TEXT NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX fees_by_published ON fees (published_key, id);

      CREATE TABLE budgets (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        revision INTEGER NOT NULL,
        published_key TEXT NOT NULL,
        year INTEGER NOT NULL,
        kind TEXT NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX budgets_by_published ON budgets (published_key, id);

      CREATE TABLE alerts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        revision INTEGER NOT NULL,
        published_key TEXT NOT NULL,
        severity TEXT NOT NULL,
        cancelled INTEGER NOT NULL,
        expires_key TEXT NOT NULL,
        area_codes TEXT NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX alerts_by_published ON alerts (published_key, id);

      CREATE TABLE feedback (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        submitted_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        published INTEGER NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_by_submitted ON feedback (submitted_key, id);

      CREATE TABLE requests (
        seq INTEGER PRIMARY KEY,
        tracking_number TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        status TEXT NOT NULL,
        identity_number TEXT NOT NULL,
        received_on TEXT NOT NULL,
        doc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX requests_by_applicant ON requests (identity_number, received_on);
      CREATE INDEX requests_by_status ON requests (status, seq);

      CREATE TABLE idempotency_keys (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        response TEXT,
        PRIMARY KEY (scope, key)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX idempotency_by_age ON idempotency_keys (created_at);

      CREATE TABLE annual_reports (year INTEGER PRIMARY KEY, doc TEXT NOT NULL) STRICT;
    `,
  },
  {
    version: 2,
    name: 'withdrawn records leave no text in the changes feed',
    // Entries up to a record's withdrawal, and the entries of feedback no longer published, lose
    // their titles, as a withdrawal now does when it is written.
    sql: `
      UPDATE changes SET title = NULL
       WHERE title IS NOT NULL
         AND EXISTS (SELECT 1 FROM changes w
                      WHERE w.resource_type = changes.resource_type AND w.resource_id = changes.resource_id
                        AND w.action = 'withdrawn' AND w.sequence >= changes.sequence);
      UPDATE changes SET title = NULL
       WHERE title IS NOT NULL AND resource_type = 'feedbackReply'
         AND resource_id IN (SELECT id FROM feedback WHERE published = 0);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/**
 * Brings the database to the current schema, one transaction per step. A database written by a
 * newer version of the kit is refused rather than misread.
 */
export function migrate(db: Database.Database, now: () => Date = () => new Date()): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`,
  );
  const current = (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `the database is at schema version ${current}, newer than this department-kit knows (${SCHEMA_VERSION}); upgrade @gongkai/department-kit`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now().toISOString());
    })();
  }
}
