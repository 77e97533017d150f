/**
 * An export page as the NDJSON text it becomes, made from the JSON the store keeps: an item's
 * stored summary with its body spliced in is, byte for byte, `JSON.stringify` of the item that
 * `exportPage` would parse and build (the summary is `JSON.stringify` of the item without
 * `body`, and `{ ...summary, body }` puts `body` last). Parsing and serialising again every
 * record was most of an export's time (bench/department-kit/export.ts).
 */

export interface ExportLines {
  /** One JSON record and `\n` per record, in `id` order. */
  readonly text: string;
  readonly count: number;
  /** The `id` of the last record: where the next page starts. */
  readonly lastId: string | undefined;
}

/** An item's export line from its stored summary and body. */
export function itemLine(summaryDoc: string, body: string | null): string {
  if (body === null) return `${summaryDoc}\n`;
  // `{"id":…}` becomes `{"id":…,"body":"…"}`: the summary is never `{}` (an item has its id).
  return `${summaryDoc.slice(0, -1)},"body":${JSON.stringify(body)}}\n`;
}

/** The lines of one page of stored item rows. */
export function itemExportLines(rows: readonly { id: string; summary_doc: string; body: string | null }[]): ExportLines {
  let text = '';
  for (const row of rows) text += itemLine(row.summary_doc, row.body);
  return { text, count: rows.length, lastId: rows.at(-1)?.id };
}
