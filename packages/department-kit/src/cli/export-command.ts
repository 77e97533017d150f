import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { exportDataset } from '../dataset/export-dataset';
import { DATASET_KINDS } from '../dataset/import-plan';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import { CliError, type CliIo } from './cli-io';
import { parseOptions, required } from './parse-options';

export const EXPORT_HELP = `Usage: gongkai-department export --db FILE [--out FILE.json] [--force]

Writes the department's records as a dataset (format "gongkai-dataset@1"), the format "import"
reads: the department, items and alerts with every revision, fees with their withdrawal,
budgets, feedback with its closed loop, requests with their logs. Importing the file into an
empty database gives the same records back; importing it into the same database with
--mode upsert changes nothing. What the format cannot hold (a fee's or budget's earlier
revisions, published annual reports) is listed on stderr.

Options:
  --db FILE      the SQLite database to read (it must exist; nothing is written to it)
  --out FILE     where to write the dataset (default: standard output)
  --force        replace FILE when it exists
  -h, --help     this text

Example:
  gongkai-department export --db zhangwu.db --out zhangwu-2026-03-12.json
`;

export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseOptions('export', argv, { db: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } });
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const db = required('export', 'db', values.db, 'department.db');
  if (!existsSync(db)) throw new CliError(`export: ${db} does not exist; name the database "serve" and "import" use with --db`);
  if (values.out !== undefined && existsSync(values.out) && !values.force)
    throw new CliError(`export: ${values.out} exists already; choose another --out, or add --force to replace it`);
  const store = openSqliteStore(db);
  try {
    const { dataset, notes } = await exportDataset(store).catch((error: Error) => {
      throw new CliError(`export: ${db}: ${error.message}`);
    });
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    if (values.out === undefined) io.stdout(json);
    else {
      // Written beside the target and renamed, so a failed export leaves no half-written file.
      const partial = `${values.out}.partial`;
      try {
        writeFileSync(partial, json);
        renameSync(partial, values.out);
      } catch (error) {
        rmSync(partial, { force: true });
        throw new CliError(`export: cannot write ${values.out} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
    }
    const counts = DATASET_KINDS.map((kind) => `${dataset[kind].length} ${kind}`).join(', ');
    io.stderr(`exported ${dataset.department.id}: ${counts}${values.out !== undefined ? ` to ${values.out}` : ''}\n`);
    for (const note of notes) io.stderr(`  note: ${note}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
