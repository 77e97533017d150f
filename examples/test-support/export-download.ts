import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { gunzipSync, constants } from 'node:zlib';

/** What arrived of an export, also when the connection ended early. */
export interface ExportDownload {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly trailers: Record<string, string | undefined>;
  readonly body: Buffer;
  /** False when the response ended without its last chunk (the connection broke off). */
  readonly whole: boolean;
}

/** GETs `url` with node:http, which (unlike fetch) hands over the bytes that arrived before a break. */
export function download(url: string, headers: Record<string, string> = {}): Promise<ExportDownload> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      let whole = false;
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        whole = res.complete;
      });
      res.on('error', () => {});
      res.on('close', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          trailers: res.trailers,
          body: Buffer.concat(chunks),
          whole: whole && res.complete,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** The NDJSON lines of a gzip export, decoding as far as the bytes go (a broken-off file too). */
export function ndjsonLines(gzipped: Buffer): string[] {
  const text = gunzipSync(gzipped, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
  return text.split('\n').filter((line) => line !== '');
}

/** The lines of a plain (`application/x-ndjson`) export, as far as the bytes go. */
export function plainNdjsonLines(body: Buffer): string[] {
  return body
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/** What the trailer of NDJSON lines says, checked the way a user would: count and SHA-256 of the bytes before it. */
export function checkedTrailer(lines: readonly string[]): { complete: boolean; count: number; verifies: boolean; [key: string]: unknown } {
  const trailer = JSON.parse(lines.at(-1)!).gongkaiExport;
  const records = lines.slice(0, -1);
  const sha256 = createHash('sha256')
    .update(records.map((line) => `${line}\n`).join(''))
    .digest('hex');
  return { ...trailer, verifies: trailer.count === records.length && trailer.sha256 === sha256 };
}
