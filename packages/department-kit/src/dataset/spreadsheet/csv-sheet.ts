import { parse, type Info } from 'csv-parse/sync';
import type { ImportProblem } from '../import-problems';
import type { Sheet, SheetRow } from './sheet';

/** Data rows count from 1 after the header; the line is where the row starts in the file (a quoted cell may span lines). */
export const csvRowName = (row: number, line: number) => `row ${row} (line ${line})`;

/**
 * Excel's "Unicode text" is tab-separated; its CSV is comma-separated. The header tells which
 * (a header cell holds neither).
 */
function delimiterOf(text: string): ',' | '\t' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes('\t') && !header.includes(',') ? '\t' : ',';
}

/** The rows of CSV text, each with the line it starts on; a row with more cells than the header is a problem of its own. */
export function csvSheet(text: string): Sheet {
  let records: { record: string[]; info: Info & { raw?: string } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const { lines } = error as { lines?: number };
    return {
      headers: [],
      rows: [],
      problems: [
        {
          record: lines ? `line ${lines}` : 'the file',
          reason: `is not valid CSV (${(error as Error).message.replace(/^Invalid[^:]*: /, '')}); a cell that holds a comma, a quote or a line break must be in double quotes`,
        },
      ],
    };
  }
  const [header, ...data] = records;
  if (!header)
    return { headers: [], rows: [], problems: [{ record: 'the file', reason: 'is empty: it needs a header row and one row per item' }] };
  const headers = header.record.map((cell) => cell.trim());
  const problems: ImportProblem[] = [];
  const rows: SheetRow[] = [];
  data.forEach(({ record, info }, index) => {
    const raw = (info as { raw?: string }).raw ?? '';
    // The raw text of a record holds the empty lines skipped before it and its own line break.
    const breaks =
      raw
        .replace(/^(?:\r?\n)+/, '')
        .replace(/\r?\n$/, '')
        .split('\n').length - 1;
    const where = csvRowName(index + 1, info.lines - breaks);
    if (record.length > headers.length && record.slice(headers.length).some((cell) => cell.trim() !== '')) {
      problems.push({
        record: where,
        reason: `has ${record.length} cells but the header has ${headers.length} columns; a cell that holds a comma must be in double quotes`,
      });
      return;
    }
    rows.push({ where, cells: record.map((cell) => (cell.trim() === '' ? undefined : cell)) });
  });
  return { headers, rows, problems };
}
