import type { ServerResponse } from 'node:http';
import {
  ExportAbandonedError,
  ExportWriter,
  exportFileName,
  exportFormatOf,
  type ExportFormat,
  type ExportRecords,
} from '@gongkai/spec/export-file';
import { alertView } from '../../alerts/alert-record';
import { feeView } from '../../fee-schedules/fee-record';
import { publicFeedback } from '../../feedback/feedback-record';
import type { ExportLines } from '../../store/export-lines';
import { changesPosition } from '../changes-position';
import { asksForUs, clock, type DepartmentContext } from '../department-context';
import type { OperationHandlers } from '../operation-router';

/** Records read from the store per step of an export: enough to keep the socket busy, few enough to stay small. */
export const EXPORT_PAGE_SIZE = 500;

type ExportKind = keyof ExportRecords;

/** The next records of a kind after `after`, as readers see them (a fee's status today). */
type ExportSource<K extends ExportKind> = (after: string | undefined, limit: number) => Promise<ExportRecords[K][]>;

function sources(context: DepartmentContext): { readonly [K in ExportKind]: ExportSource<K> } {
  const { store } = context;
  return {
    items: (after, limit) => store.items.exportPage(after, limit),
    fees: async (after, limit) => {
      const today = clock(context).today;
      return (await store.fees.exportPage(after, limit)).map((fee) => feeView(fee, today));
    },
    budgets: (after, limit) => store.budgets.exportPage(after, limit),
    alerts: async (after, limit) => {
      const now = context.now();
      return (await store.alerts.exportPage(after, limit)).map((alert) => alertView(alert, now));
    },
    feedback: async (after, limit) => (await store.feedback.exportPage(after, limit)).map(publicFeedback),
  };
}

/**
 * The kinds whose stored JSON is the exported record as it stands: their NDJSON is written from
 * the stored text, without parsing and serialising each record again. (A fee's or an alert's
 * status depends on the day it is read, and feedback hides what only the department sees.)
 */
function lineSources(context: DepartmentContext): Partial<Record<ExportKind, LineSource>> {
  return { items: (after, limit) => context.store.items.exportLines(after, limit) };
}

type LineSource = (after: string | undefined, limit: number) => Promise<ExportLines>;

/**
 * `GET /v1/exports/{kind}`: every public record of a kind, streamed from the store page by page in
 * `id` order (keyset, so a page costs the same at the end as at the start) and written as it is
 * read, waiting for the client when it reads slower. The changes-feed position is taken before
 * the first page, so that following the feed from it misses nothing that changed during the export.
 */
export function exportHandlers(
  context: DepartmentContext,
  { log, pageSize }: { log: (message: string, error: unknown) => void; pageSize: number },
): Pick<OperationHandlers, 'exportRecords'> {
  const read = sources(context);
  const readLines = lineSources(context);
  const sourceOf = (kind: ExportKind, format: ExportFormat): ExportSource<ExportKind> | LineSource =>
    (format !== 'csv' ? readLines[kind] : undefined) ?? (read[kind] as ExportSource<ExportKind>);
  return {
    async exportRecords({ path, query }, ctx) {
      const kind = path.kind;
      const format = exportFormatOf(query.format, (...types) => ctx.accepts(...types));
      const changesCursor = changesPosition(await context.store.changes.latestSequence());
      const included = asksForUs(context, query.department);
      const fileName = exportFileName(kind, context.department.id, clock(context).today, format);
      return {
        headers: {
          ...ExportWriter.headersFor(format),
          'Content-Disposition': `attachment; filename="${fileName}"`,
          'Gongkai-Changes-Cursor': changesCursor,
          Vary: 'Accept',
        },
        write: (response: ServerResponse) =>
          writeExport(response, kind, format, included ? sourceOf(kind, format) : async () => [], query.after, {
            changesCursor,
            log,
            pageSize,
          }),
      };
    },
  };
}

/** What a source gives for one page: records, or their NDJSON lines. */
type ExportPage<K extends ExportKind> = ExportRecords[K][] | ExportLines;

async function writeRecords<K extends ExportKind>(writer: ExportWriter<K>, records: readonly ExportRecords[K][]): Promise<void> {
  for (const record of records) await writer.record(record);
}

async function writeExport<K extends ExportKind>(
  response: ServerResponse,
  kind: K,
  format: ExportFormat,
  source: (after: string | undefined, limit: number) => Promise<ExportPage<K>>,
  start: string | undefined,
  { changesCursor, log, pageSize }: { changesCursor: string; log: (message: string, error: unknown) => void; pageSize: number },
): Promise<void> {
  const writer = new ExportWriter(response, kind, format);
  try {
    await writer.begin();
    // One page ahead: the next page is read from the store while gzip (on libuv's threads) and
    // the socket take the one just written, so that reading and writing overlap. At most two
    // pages are held.
    let reading: Promise<ExportPage<K>> | undefined = source(start, pageSize);
    while (reading) {
      const read = await reading;
      reading = undefined;
      const { count, lastId } = Array.isArray(read) ? { count: read.length, lastId: read.at(-1)?.id } : read;
      const written = Array.isArray(read)
        ? writeRecords(writer, read)
        : lastId !== undefined
          ? writer.lines(read.text, count, lastId)
          : undefined;
      if (count === pageSize) {
        reading = source(lastId, pageSize);
        // Seen when this page is awaited; if writing fails first, the export ends with that failure.
        reading.catch(() => {});
      }
      await written;
    }
    await writer.finish({ changesCursor });
  } catch (error) {
    if (error instanceof ExportAbandonedError) return;
    log(`the export of ${kind} broke off`, error);
    await writer.breakOff({ detail: 'the department could not read its store to the end; resume with `after`' }, { changesCursor });
  }
}
