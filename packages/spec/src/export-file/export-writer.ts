import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { constants, createGzip, type Gzip } from 'node:zlib';
import { CSV_BOM, csvLine } from '../representations/csv';
import { EXPORT_CSV_TABLES, type ExportKind, type ExportRecords } from './export-kinds';
import { exportTrailerLine, type ExportSummary } from './export-trailer';

/** `ndjson` is gzip NDJSON (the default), `ndjson-plain` the same lines not compressed. */
export type ExportFormat = 'ndjson' | 'ndjson-plain' | 'csv';

/** What a trailer says besides what the writer counted: the changes cursor, the departments. */
export type ExportExtras = Pick<ExportSummary, 'changesCursor' | 'departments'>;

/** The client went away: stop reading the store. */
export class ExportAbandonedError extends Error {
  override readonly name = 'ExportAbandonedError';
}

export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  ndjson: 'application/gzip',
  'ndjson-plain': 'application/x-ndjson',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The format of an export: `format=` when given, else what `Accept` prefers (`text/csv`,
 * `application/x-ndjson`), else gzip NDJSON, so that a client that says nothing gets what it always got.
 */
export function exportFormatOf(asked: ExportFormat | undefined, accepts: (...types: string[]) => string | false): ExportFormat {
  if (asked) return asked;
  const preferred = accepts('application/gzip', 'text/csv', 'application/x-ndjson');
  return preferred === 'text/csv' ? 'csv' : preferred === 'application/x-ndjson' ? 'ndjson-plain' : 'ndjson';
}

/**
 * Writes one export to an HTTP response as it is read, record by record, never holding more than
 * what the socket has not taken yet: every write waits for `drain` when the buffer is full, so a
 * slow client slows the reading of the store instead of filling memory.
 *
 * NDJSON goes through gzip (the file is the gzip, not a Content-Encoding, so the bytes saved are
 * the bytes checksummed), or for `ndjson-plain` straight to the socket (gzip is most of an
 * export's time: a mirror on a fast link reads plain at the store's speed), and ends with a
 * trailer line: the count and the SHA-256 of every uncompressed byte before it. CSV ends with a `Repr-Digest` HTTP trailer over the bytes sent.
 * An export that cannot finish says so: NDJSON writes a `complete: false` line and both formats
 * end the connection without the final chunk, so that no HTTP client takes it for a whole file.
 */
export class ExportWriter<K extends ExportKind> {
  private readonly hash = createHash('sha256');
  private readonly gzip: Gzip | undefined;
  private readonly sink: Writable;
  private count = 0;
  private lastId: string | null = null;
  private closed = false;

  constructor(
    private readonly response: ServerResponse,
    readonly kind: K,
    readonly format: ExportFormat,
  ) {
    response.once('close', () => {
      this.closed = true;
    });
    if (format === 'ndjson') {
      // Level 1: on 100 000 items the file is 45 MB instead of 40 MB at the default level 6, and the
      // export takes about half the time (bench/department-kit/export.ts): the CPU is the bottleneck.
      this.gzip = createGzip({ level: 1 });
      this.gzip.pipe(response);
      this.sink = this.gzip;
    } else {
      this.gzip = undefined;
      this.sink = response;
    }
  }

  /** Headers the writer's format needs; send them with the others before the first write. */
  static headersFor(format: ExportFormat): Record<string, string> {
    return {
      'Content-Type': EXPORT_MEDIA_TYPES[format],
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(format === 'csv' ? { Trailer: 'Repr-Digest' } : {}),
    };
  }

  /** Writes the start of the file (the CSV header row). */
  async begin(): Promise<void> {
    if (this.format === 'csv') await this.write(`${CSV_BOM}${csvLine(EXPORT_CSV_TABLES[this.kind].columns)}`);
  }

  /** Writes one record. */
  async record(record: ExportRecords[K]): Promise<void> {
    const table = EXPORT_CSV_TABLES[this.kind] as { rows: (record: ExportRecords[K]) => Parameters<typeof csvLine>[0][] };
    await this.write(this.format === 'csv' ? table.rows(record).map(csvLine).join('') : `${JSON.stringify(record)}\n`);
    this.count += 1;
    this.lastId = record.id;
  }

  /** Writes a record already serialised as one NDJSON line (with its `\n`), as a department sent it. */
  async line(line: string, id: string): Promise<void> {
    await this.write(line);
    this.count += 1;
    this.lastId = id;
  }

  /**
   * Writes `count` records already serialised as NDJSON lines (each with its `\n`), the last one
   * `lastId`: a page in one write, one hash update and one gzip input instead of one per record.
   */
  async lines(text: string, count: number, lastId: string): Promise<void> {
    await this.write(text);
    this.count += count;
    this.lastId = lastId;
  }

  /** The `id` of the last record written: where a resumed export continues. */
  get after(): string | null {
    return this.lastId;
  }

  /** Ends a whole export: the trailer, then the end of the response. */
  async finish(extras: ExportExtras): Promise<void> {
    if (this.format === 'csv') {
      this.response.addTrailers({ 'Repr-Digest': `sha-256=:${this.hash.digest('base64')}:` });
      await endOf(this.response, () => this.response.end());
      return;
    }
    this.sink.write(exportTrailerLine(this.summary(true, extras)));
    await endOf(this.response, () => this.sink.end());
  }

  /**
   * Ends an export that cannot go on: NDJSON says why and where to resume in a last line (flushed
   * so that it can be read), then the connection ends without the response's final chunk.
   */
  async breakOff(failure: { detail: string; department?: string }, extras: ExportExtras): Promise<void> {
    if (this.closed) return;
    if (this.gzip) {
      const gzip = this.gzip;
      gzip.write(exportTrailerLine({ ...this.summary(false, extras), failure }));
      await new Promise<void>((resolve) => gzip.flush(constants.Z_SYNC_FLUSH, () => resolve()));
      // The flushed bytes reach the response through the pipe a little later: unpiping before
      // they have left would drop the records written before the failure.
      while (gzip.readableLength > 0 && !this.closed) await new Promise<void>((resolve) => setImmediate(resolve));
      gzip.unpipe(this.response);
    } else if (this.format === 'ndjson-plain') {
      this.response.write(exportTrailerLine({ ...this.summary(false, extras), failure }));
    }
    const socket = this.response.socket;
    // Ending the socket (not the response) sends what is buffered and then closes, with no last chunk.
    if (socket) await new Promise<void>((resolve) => setImmediate(() => socket.end(resolve)));
    else this.response.destroy();
  }

  private summary(complete: boolean, extras: ExportExtras): ExportSummary {
    return {
      kind: this.kind,
      complete,
      count: this.count,
      sha256: this.hash.copy().digest('hex'),
      after: this.lastId,
      ...(extras.changesCursor !== undefined ? { changesCursor: extras.changesCursor } : {}),
      ...(extras.departments !== undefined ? { departments: extras.departments } : {}),
    };
  }

  private async write(text: string): Promise<void> {
    if (this.closed) throw new ExportAbandonedError('the client closed the connection');
    // Encoded once, for the hash and the socket alike (a page of items is about a megabyte).
    const bytes = Buffer.from(text, 'utf8');
    this.hash.update(bytes);
    if (this.sink.write(bytes)) return;
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.response.off('close', onClose);
        resolve();
      };
      const onClose = () => {
        this.sink.off('drain', onDrain);
        reject(new ExportAbandonedError('the client closed the connection'));
      };
      this.sink.once('drain', onDrain);
      this.response.once('close', onClose);
    });
  }
}

/** Runs `end` and waits until the response is sent (or the client has gone). */
function endOf(response: ServerResponse, end: () => void): Promise<void> {
  return new Promise((resolve) => {
    response.once('close', () => resolve());
    response.once('finish', () => resolve());
    end();
  });
}
