import { existsSync } from 'node:fs';
import { importFile } from '../dataset/import-file';
import { describeProblem, ImportRejected } from '../dataset/import-problems';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import { CliError, type CliIo } from './cli-io';
import { parseOptions, required } from './parse-options';
import { readServeConfig } from './serve-config';
import { calendarWith } from './calendar-command';

export const IMPORT_HELP = `Usage: gongkai-department import --db FILE [--config FILE] DATA.json|DATA.csv

Imports records into the department database. Every record is checked first, by the same rules
as the API (schemas, ids, dates in order, budgets that add up, the request clock…); if any fails,
each problem is listed with its record (or CSV row), field and reason, and nothing is imported.
Otherwise everything is written in one transaction.

Formats:
  DATA.json  a department dataset (format "gongkai-dataset@1", as in @gongkai/spec/sample-data):
             the department, items with their updates and withdrawals, fees, budgets, alerts,
             feedback and requests with their events
  DATA.csv   items, one per row, UTF-8 (a BOM is fine), a header row naming the columns:
             id, publishedAt (both required), title, category, validity, issuingBody,
             divisionCode, divisionName, level, formedAt (required by ItemInput), and optionally
             indexNumber, summary, body, documentNumber, genre, topics, keywords, writtenOn,
             attachments, interpretationId, interpretsId, url. topics and keywords hold several
             values separated by ";"; attachments is a JSON array; an empty cell is no value.
             The database must already hold the department (import a dataset first), or pass
             --config with a "department".

Options:
  --db FILE       the SQLite database (created when missing)
  --config FILE   the serve config: its "department" for a CSV, its "calendars" for deadlines
  -h, --help      this text
`;

const MAX_LISTED = 200;

export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions('import', argv, { db: { type: 'string' }, config: { type: 'string' } }, true);
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  const db = required('import', 'db', values.db, 'department.db');
  if (positionals.length !== 1)
    throw new CliError(
      `import: name exactly one file to import (DATA.json or DATA.csv), got ${positionals.length}. Run "gongkai-department import --help" for usage.`,
      2,
    );
  const file = positionals[0]!;
  if (!existsSync(file)) throw new CliError(`import: ${file} does not exist`);
  const config = values.config !== undefined ? await readServeConfig(values.config) : undefined;
  const store = openSqliteStore(db);
  let lastShown = 0;
  const progress = (done: number, total: number) => {
    if (total < 1000) return;
    const line = `imported ${done} of ${total} records`;
    if (io.interactive) io.stderr(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total || done - lastShown >= total / 10) {
      io.stderr(`${line}\n`);
      lastShown = done;
    }
  };
  try {
    const summary = await importFile(store, file, {
      calendar: await calendarWith(config?.calendars ?? []),
      ...(config?.department ? { department: config.department } : {}),
      onProgress: progress,
    });
    const counts = Object.entries(summary.counts)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => `${n} ${kind}`);
    io.stdout(`imported ${counts.join(', ') || 'nothing'} for ${summary.department} into ${db}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    const listed = error.problems.slice(0, MAX_LISTED).map((problem) => `  ${describeProblem(problem)}`);
    const more = error.problems.length > MAX_LISTED ? [`  … and ${error.problems.length - MAX_LISTED} more`] : [];
    io.stderr(`import: ${error.message}. Fix these and run the import again:\n${[...listed, ...more].join('\n')}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
