import { existsSync } from 'node:fs';
import { importFile, IMPORT_EXTENSIONS } from '../dataset/import-file';
import type { ImportSummary } from '../dataset/import-dataset';
import { DATASET_KINDS } from '../dataset/import-plan';
import { describeProblemsByRecord, ImportRejected, type ImportOutcome } from '../dataset/import-problems';
import { isKnownEncoding } from '../dataset/spreadsheet/text-encoding';
import { calendarWith } from './calendar-command';
import { CliError, type CliIo } from './cli-io';
import { openCommandDatabase } from './database-file';
import { parseOptions, required } from './parse-options';
import { readServeConfig } from './serve-config';

export const IMPORT_HELP = `Usage: gongkai-department import --db FILE [--config FILE] [--mode create|upsert] [--dry-run]
                                 [--encoding NAME] [--sheet NAME] DATA.json|DATA.csv|DATA.xlsx

Imports records into the department database. Every record is checked first, by the same rules
as the API (schemas, ids, dates in order, budgets that add up, the request clock…); if any fails,
every problem is listed, grouped by record (or spreadsheet row, with its line), and nothing is
imported. Otherwise everything is written in one transaction.

Formats:
${Object.entries(IMPORT_EXTENSIONS)
  .map(([extension, what]) => `  ${`DATA${extension}`.padEnd(11)}${what}`)
  .join('\n')}

  A spreadsheet has a header row naming its columns, in Chinese or English: 编号 (id), 标题
  (title), 发布日期 (publishedAt), 形成日期 (formedAt), 类别 (category), 有效性 (validity), 文号,
  文种, 主题, 关键词, 摘要, 正文, 成文日期, 发布机构, 行政区划代码, 行政区划, 层级, 索引号…
  ("gongkai-department init" writes a template with every column). Cells take the contract's
  values or their Chinese labels (财政预算、决算信息, 有效); dates as Excel writes them (2026/3/12,
  2026-03-12 09:00, date cells) are China time. Empty 发布机构, 行政区划 and 层级 cells take the
  department's name, division and level (or the configuration's "itemDefaults"). An id without
  a prefix gets the department's (2026-0001 → ln-zhangwu:2026-0001).

Options:
  --db FILE          the SQLite database (created when missing; removed again if the import fails)
  --config FILE      the department configuration: its "department" (needed for a spreadsheet
                     when the database has none yet), "itemDefaults", "calendars"
  --mode create      (default) every record must be new: an id already stored is a problem
  --mode upsert      new ids are created; stored items whose content the file changes get one
                     revision each; records the file states as stored are left alone
  --dry-run          check everything and say what would be created, revised and left alone;
                     write nothing
  --encoding NAME    read a CSV in this encoding (utf-8, gb18030, gbk, utf-16le…) instead of
                     detecting it
  --sheet NAME       the sheet of a workbook to read, by name or number from 1 (default the first)
  -h, --help         this text

Examples:
  gongkai-department import --db zhangwu.db --config department.jsonc 目录.xlsx --dry-run
  gongkai-department import --db zhangwu.db --config department.jsonc 目录.csv --mode upsert
`;

const MAX_LISTED = 200;

const outcomeLine = (outcome: ImportOutcome) =>
  `${outcome.created} created, ${outcome.revised} revised, ${outcome.unchanged} unchanged, ${outcome.refused} refused`;

function describeSummary(summary: ImportSummary, db: string): string {
  const kinds = DATASET_KINDS.filter((kind) => Object.values(summary.byKind[kind]).some((n) => n > 0)).map((kind) => {
    const { created, revised, unchanged } = summary.byKind[kind];
    return `${kind}: ${created} created, ${revised} revised, ${unchanged} unchanged`;
  });
  const read = [summary.encoding ? `read as ${summary.encoding}` : '', summary.sheet ? `sheet "${summary.sheet}"` : ''].filter(Boolean);
  const head = summary.dryRun
    ? `dry run, nothing was written: ${outcomeLine(summary.outcome)} for ${summary.department}`
    : `imported into ${db} for ${summary.department}: ${outcomeLine(summary.outcome)}`;
  const next = summary.dryRun ? `\nRun the same command without --dry-run to import.` : '';
  return `${head}${read.length ? ` (${read.join(', ')})` : ''}\n${kinds.map((line) => `  ${line}\n`).join('')}${next}${next ? '\n' : ''}`;
}

export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    'import',
    argv,
    {
      db: { type: 'string' },
      config: { type: 'string' },
      mode: { type: 'string' },
      'dry-run': { type: 'boolean' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
    },
    true,
  );
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  const db = required('import', 'db', values.db, 'department.db');
  if (positionals.length !== 1)
    throw new CliError(
      `import: name exactly one file to import (DATA.json, DATA.csv or DATA.xlsx), got ${positionals.length}. Run "gongkai-department import --help" for usage.`,
      2,
    );
  const mode = values.mode ?? 'create';
  if (mode !== 'create' && mode !== 'upsert')
    throw new CliError(
      `import: --mode must be "create" (every record new) or "upsert" (create new ids, revise stored items), got "${mode}"`,
      2,
    );
  if (values.encoding !== undefined && !isKnownEncoding(values.encoding))
    throw new CliError(`import: --encoding ${values.encoding} is not an encoding this tool knows; use utf-8, gb18030, gbk or utf-16le`, 2);
  const file = positionals[0]!;
  const config = values.config !== undefined ? await readServeConfig(values.config) : undefined;
  if (!existsSync(file))
    throw new CliError(
      `import: ${file} does not exist; check the path (run the command in the folder that holds it, or give its full path)`,
    );
  const calendar = await calendarWith(config?.calendars ?? []);
  const database = openCommandDatabase(db);
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
  let imported = false;
  try {
    const summary = await importFile(database.store, file, {
      calendar,
      mode,
      dryRun: values['dry-run'] === true,
      ...(config?.department ? { department: config.department } : {}),
      ...(config?.itemDefaults ? { itemDefaults: config.itemDefaults } : {}),
      ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
      ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
      onProgress: progress,
    });
    imported = !summary.dryRun;
    io.stdout(describeSummary(summary, db));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    const stored = error.problems.filter((p) => p.reason.includes('--mode upsert'));
    if (stored.length > 1 && stored.length === error.problems.length) {
      io.stderr(
        `import: ${error.source}: nothing was imported: all ${stored.length} records are already in ${db} (${stored[0]!.record}, ${stored[1]!.record}${stored.length > 2 ? ', …' : ''}).\n` +
          `To revise them from this file and add the new ones, run the same command with --mode upsert (add --dry-run first to see what it would change).\n`,
      );
      return 1;
    }
    const outcome = error.outcome ? `\nWithout them: ${outcomeLine(error.outcome)}.` : '';
    io.stderr(
      `import: ${error.source}: nothing was imported, ${error.problems.length} problem(s) to fix.${outcome}\n` +
        `${describeProblemsByRecord(error.problems, MAX_LISTED).join('\n')}\n` +
        `Fix them in the file and run the same command again${mode === 'create' && error.problems.some((p) => p.reason.includes('--mode upsert')) ? ' (with --mode upsert to revise what is stored)' : ''}.\n`,
    );
    return 1;
  } finally {
    await database.close(imported || !database.created);
  }
}
