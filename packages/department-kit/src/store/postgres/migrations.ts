import type pg from 'pg';
import { first, quoteIdentifier } from './pg-database';

interface Migration {
  readonly version: number;
  readonly name: string;
  /** The statements, given the department's schema and the schema holding pg_trgm (both quoted). */
  readonly sql: (schema: string, trgm: string) => string;
}

/**
 * The schema of one department, as numbered steps applied once each and recorded in
 * `schema_migrations`. A published step is never edited: a change is a new step.
 *
 * The tables mirror the SQLite store's. Sort keys and ids are `COLLATE "C"` so that lists order
 * byte for byte, as SQLite does and as cursors expect, whatever the database's default collation.
 * `search_text` holds every searchable field lower-cased as JavaScript folds it, so a match is the
 * same substring test in both stores.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: (s, trgm) => `
      CREATE TABLE ${s}.settings (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE ${s}.sequences (name text PRIMARY KEY, value bigint NOT NULL);

      -- The one row that numbers the changes feed. A write takes the next number by updating it,
      -- last in its transaction, and holds the row lock until it commits: numbers are assigned in
      -- commit order, so a reader never sees change n + 1 before change n is visible.
      CREATE TABLE ${s}.feed_position (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), last_sequence bigint NOT NULL);
      INSERT INTO ${s}.feed_position (last_sequence) VALUES (0);

      CREATE TABLE ${s}.changes (
        sequence bigint PRIMARY KEY,
        department_id text NOT NULL,
        resource_type text NOT NULL,
        resource_id text NOT NULL,
        action text NOT NULL,
        revision integer,
        occurred_at text NOT NULL,
        title text
      );
      CREATE INDEX changes_by_type ON ${s}.changes (resource_type, sequence);

      CREATE TABLE ${s}.revisions (
        resource_type text NOT NULL,
        resource_id text COLLATE "C" NOT NULL,
        revision integer NOT NULL,
        action text NOT NULL,
        recorded_at text NOT NULL,
        changed_fields text,
        note text,
        doc text NOT NULL,
        PRIMARY KEY (resource_type, resource_id, revision)
      );

      -- Every distinct one- and two-character substring of a text: what the 1–2 character search
      -- index holds (pg_trgm extracts nothing usable from a one- or two-character LIKE pattern).
      -- Its cost tells the planner to read the index rather than compute it row by row.
      CREATE FUNCTION ${s}.gk_grams(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 100000 AS $$
        SELECT coalesce(array_agg(DISTINCT gram), '{}')
        FROM (SELECT c, lead(c) OVER (ORDER BY i) AS d FROM regexp_split_to_table($1, '') WITH ORDINALITY AS chars (c, i)) AS pairs
        CROSS JOIN LATERAL (VALUES (c), (c || d)) AS grams (gram)
        WHERE gram IS NOT NULL
      $$;

      CREATE TABLE ${s}.items (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        index_number text COLLATE "C" NOT NULL UNIQUE,
        revision integer NOT NULL,
        category text NOT NULL,
        level text NOT NULL,
        validity text NOT NULL,
        division_code text COLLATE "C" NOT NULL,
        published_key text COLLATE "C" NOT NULL,
        updated_key text COLLATE "C" NOT NULL,
        written_on text COLLATE "C",
        summary_doc text COMPRESSION lz4 NOT NULL,
        body text COMPRESSION lz4,
        search_text text COMPRESSION lz4 NOT NULL
      );
      -- A search walk reads search_text row after row: kept in the row (compressed with lz4, which
      -- decompresses several times faster than pglz), while the body moves out to TOAST first.
      ALTER TABLE ${s}.items ALTER COLUMN search_text SET STORAGE MAIN, ALTER COLUMN summary_doc SET STORAGE MAIN;
      CREATE INDEX items_by_published ON ${s}.items (published_key, id);
      CREATE INDEX items_by_updated ON ${s}.items (updated_key, id);
      CREATE INDEX items_by_written_desc ON ${s}.items ((coalesce(written_on, '')), id);
      CREATE INDEX items_by_written_asc ON ${s}.items ((coalesce(written_on, '~')), id);
      CREATE INDEX items_by_category ON ${s}.items (category, published_key, id);
      CREATE INDEX items_by_division ON ${s}.items (division_code);
      CREATE INDEX items_by_trigram ON ${s}.items USING gin (search_text ${trgm}.gin_trgm_ops);
      CREATE INDEX items_by_gram ON ${s}.items USING gin ((${s}.gk_grams(search_text)));
      -- No planner statistics for it: the store picks its plans itself, and ANALYZE would compute
      -- the grams of every sampled row (minutes for a large catalogue).
      ALTER INDEX ${s}.items_by_gram ALTER COLUMN 1 SET STATISTICS 0;
      CREATE TABLE ${s}.item_topics (
        topic text NOT NULL,
        item_seq bigint NOT NULL REFERENCES ${s}.items (seq),
        PRIMARY KEY (topic, item_seq)
      );

      CREATE TABLE ${s}.fees (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        revision integer NOT NULL,
        published_key text COLLATE "C" NOT NULL,
        division_code text COLLATE "C" NOT NULL,
        level text NOT NULL,
        withdrawn boolean NOT NULL,
        valid_to text COLLATE "C",
        search_text text NOT NULL,
        doc text NOT NULL
      );
      CREATE INDEX fees_by_published ON ${s}.fees (published_key, id);

      CREATE TABLE ${s}.budgets (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        revision integer NOT NULL,
        published_key text COLLATE "C" NOT NULL,
        year integer NOT NULL,
        kind text NOT NULL,
        doc text NOT NULL
      );
      CREATE INDEX budgets_by_published ON ${s}.budgets (published_key, id);

      CREATE TABLE ${s}.alerts (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        revision integer NOT NULL,
        published_key text COLLATE "C" NOT NULL,
        severity text NOT NULL,
        cancelled boolean NOT NULL,
        expires_key text COLLATE "C" NOT NULL,
        area_codes text NOT NULL,
        doc text NOT NULL
      );
      CREATE INDEX alerts_by_published ON ${s}.alerts (published_key, id);

      CREATE TABLE ${s}.feedback (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        version integer NOT NULL,
        submitted_key text COLLATE "C" NOT NULL,
        kind text NOT NULL,
        published boolean NOT NULL,
        doc text NOT NULL
      );
      CREATE INDEX feedback_by_submitted ON ${s}.feedback (submitted_key, id);

      CREATE TABLE ${s}.requests (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tracking_number text COLLATE "C" NOT NULL UNIQUE,
        version integer NOT NULL,
        status text NOT NULL,
        identity_number text NOT NULL,
        received_on text COLLATE "C" NOT NULL,
        doc text NOT NULL
      );
      CREATE INDEX requests_by_applicant ON ${s}.requests (identity_number, received_on);
      CREATE INDEX requests_by_status ON ${s}.requests (status, seq);

      CREATE TABLE ${s}.idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        created_at bigint NOT NULL,
        response text,
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX idempotency_by_age ON ${s}.idempotency_keys (created_at);

      CREATE TABLE ${s}.annual_reports (year integer PRIMARY KEY, doc text NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'withdrawn records leave no text in the changes feed',
    // Entries up to a record's withdrawal, and the entries of feedback no longer published, lose
    // their titles, as a withdrawal now does when it is written.
    sql: (s) => `
      UPDATE ${s}.changes c SET title = NULL
       WHERE c.title IS NOT NULL
         AND EXISTS (SELECT 1 FROM ${s}.changes w
                      WHERE w.resource_type = c.resource_type AND w.resource_id = c.resource_id
                        AND w.action = 'withdrawn' AND w.sequence >= c.sequence);
      UPDATE ${s}.changes SET title = NULL
       WHERE title IS NOT NULL AND resource_type = 'feedbackReply'
         AND resource_id IN (SELECT id FROM ${s}.feedback WHERE NOT published);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/**
 * One lock for every Gongkai migration in the database, named as `exclusively` names its locks.
 * Replicas that start together queue on it; the first applies the steps, the others then find
 * them applied. It is a transaction lock, so a replica that dies mid-migration releases it with its
 * rolled-back transaction.
 */
const MIGRATION_LOCK = 'gongkai:migrations';

/**
 * Brings `schema` to the current version in one transaction: creates pg_trgm if missing, the
 * schema, and each step not applied yet. A schema written by a newer kit is refused.
 */
export async function migrate(pool: pg.Pool, schema: string, now: () => Date = () => new Date()): Promise<void> {
  const s = quoteIdentifier(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm').catch((cause: Error) => {
      throw new Error(
        `the extension pg_trgm is missing and cannot be created (${cause.message}); run "CREATE EXTENSION pg_trgm" as the database owner`,
        { cause },
      );
    });
    const trgm = await first<{ schema: string }>(
      client,
      "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'",
    );
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`,
    );
    const latest = await first<{ current: number | null }>(client, `SELECT max(version) AS current FROM ${s}.schema_migrations`);
    const applied = latest?.current ?? 0;
    if (applied > SCHEMA_VERSION) {
      throw new Error(
        `the schema ${schema} is at version ${applied}, newer than this department-kit knows (${SCHEMA_VERSION}); upgrade @gongkai/department-kit`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= applied) continue;
      await client.query(migration.sql(s, quoteIdentifier(trgm!.schema)));
      await client.query(`INSERT INTO ${s}.schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`, [
        migration.version,
        migration.name,
        now().toISOString(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
