import type { ExportTrailer } from '../generated/openapi-types';

export type ExportSummary = ExportTrailer['gongkaiExport'];

// Every trailer line starts so (the key is written first): records, which are never wrapped, cannot.
const TRAILER_PREFIX = '{"gongkaiExport":';

/** The trailer line of an NDJSON export, with its line end. */
export function exportTrailerLine(summary: ExportSummary): string {
  return `${JSON.stringify({ gongkaiExport: summary } satisfies ExportTrailer)}\n`;
}

/** The summary of a trailer line; `undefined` for any other line (a record). */
export function parseExportTrailer(line: string): ExportSummary | undefined {
  if (!line.startsWith(TRAILER_PREFIX)) return undefined;
  try {
    const parsed = JSON.parse(line) as Partial<ExportTrailer>;
    const summary = parsed.gongkaiExport;
    return summary && typeof summary.count === 'number' && typeof summary.sha256 === 'string' ? summary : undefined;
  } catch {
    return undefined;
  }
}
