import { existsSync } from 'node:fs';
import { copyToPostgres } from '../store/migrate/copy-to-postgres';
import { departmentSchema, openPostgresStore } from '../store/postgres/open-postgres-store';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import { CliError, type CliIo } from './cli-io';
import { parseOptions, required } from './parse-options';

export const MIGRATE_HELP = `Usage: gongkai-department migrate --from sqlite:FILE --to postgres://… [--schema NAME]

Copies one department from its SQLite database into PostgreSQL, with its full history: every
record, every revision, the changes feed with its sequence numbers (clients resume where they
were), the disclosure requests with their event logs, feedback, annual reports, the numbering
of ids and tracking numbers, and the idempotency keys. One transaction; then the rows of every
table are counted and the changes feed and revisions digested on both sides, and any difference
fails the command. The SQLite file is only read.

Options:
  --from sqlite:FILE   the department's SQLite database
  --to postgres://…    the PostgreSQL database (the schema is created)
  --schema NAME        the schema to copy into (default gk_<department id>, as "serve --database" uses)
  -h, --help           this text

Stop the department's server first, so that nothing is written while it copies. Afterwards
serve it with "gongkai-department serve --database postgres://… --config PLATFORM.json".
`;

export async function migrateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions('migrate', argv, { from: { type: 'string' }, to: { type: 'string' }, schema: { type: 'string' } });
  if (values.help) {
    io.stdout(MIGRATE_HELP);
    return 0;
  }
  const from = required('migrate', 'from', values.from, 'sqlite:finance.db');
  const to = required('migrate', 'to', values.to, 'postgres://platform@db.internal/gongkai');
  if (!from.startsWith('sqlite:')) throw new CliError(`migrate: --from must be sqlite:FILE, got "${from}"`, 2);
  if (!/^postgres(ql)?:\/\//.test(to)) throw new CliError(`migrate: --to must be a postgres:// connection string, got "${to}"`, 2);
  const file = from.slice('sqlite:'.length);
  if (!existsSync(file)) throw new CliError(`migrate: ${file} does not exist`);
  const source = openSqliteStore(file);
  try {
    const department = await source.getDepartment();
    if (!department) throw new CliError(`migrate: ${file} holds no department; import one first`);
    const schema = values.schema ?? departmentSchema(department.id);
    const target = await openPostgresStore(to, { schema, pool: { max: 2 } });
    try {
      const summary = await copyToPostgres(source, target, (table, done, total) => {
        if (total >= 5000 && (done === total || done % 20_000 === 0)) io.stderr(`${table}: copied ${done} of ${total} rows\n`);
      });
      const width = Math.max(...summary.tables.map((t) => t.table.length));
      io.stdout(
        `copied ${department.id} (${department.name}) from ${file} into schema ${schema}; verified:\n${summary.tables
          .map((t) => `  ${t.table.padEnd(width)}  ${t.rows} rows, the same in both`)
          .join(
            '\n',
          )}\n  changes feed up to sequence ${summary.latestSequence}, digest ${summary.digests.changes.slice(0, 16)}…, the same in both\n`,
      );
      return 0;
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
