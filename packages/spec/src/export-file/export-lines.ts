import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, type Gunzip } from 'node:zlib';
import { parseExportTrailer, type ExportSummary } from './export-trailer';

/** An export file that is not whole: no trailer, a trailer that does not match, or `complete: false`. */
export class ExportIncompleteError extends Error {
  override readonly name = 'ExportIncompleteError';
}

/**
 * The record lines of an NDJSON export as they arrive (each with its `\n`), checked against the
 * file's trailer at the end: throws `ExportIncompleteError` when the file ends without a trailer,
 * when its count or SHA-256 is not what arrived, or when it says it broke off. Reads no further
 * ahead than its consumer. The file is gzip (`format=ndjson`) unless `compressed` is false
 * (`format=ndjson-plain`).
 */
export async function* verifiedExportLines(
  file: AsyncIterable<Uint8Array>,
  { compressed = true }: { compressed?: boolean } = {},
): AsyncGenerator<string, ExportSummary> {
  const gunzip = compressed ? createGunzip() : undefined;
  const hash = createHash('sha256');
  let count = 0;
  let rest = '';
  // A chunk may end inside a character (Chinese is three bytes in UTF-8): decode across chunks.
  const decoder = new StringDecoder('utf8');
  let trailer: ExportSummary | undefined;
  let brokenSource: Error | undefined;
  const source = gunzip ? pump(file, gunzip, (error) => (brokenSource = error)) : Promise.resolve();
  try {
    for await (const chunk of (gunzip ?? file) as AsyncIterable<Buffer>) {
      const lines = (rest + decoder.write(Buffer.from(chunk))).split('\n');
      rest = lines.pop() ?? '';
      for (const text of lines) {
        if (trailer) throw new ExportIncompleteError('the file goes on after its trailer line');
        trailer = parseExportTrailer(text);
        if (trailer) continue;
        const line = `${text}\n`;
        hash.update(line);
        count += 1;
        yield line;
      }
    }
  } catch (error) {
    if (error instanceof ExportIncompleteError) throw error;
    throw new ExportIncompleteError(`the file broke off (${(error as Error).message})`);
  } finally {
    // A consumer that stops early (or a failure) stops the reading of the source too.
    if (gunzip && !gunzip.readableEnded) gunzip.destroy();
    await source;
  }
  if (brokenSource) throw new ExportIncompleteError(`the file broke off (${(brokenSource as Error).message})`);
  rest += decoder.end();
  if (rest !== '') throw new ExportIncompleteError('the file ends in the middle of a line');
  if (!trailer) throw new ExportIncompleteError('the file ends without its trailer line');
  if (!trailer.complete) throw new ExportIncompleteError(`the export broke off: ${trailer.failure?.detail ?? 'no reason given'}`);
  if (trailer.count !== count) throw new ExportIncompleteError(`the trailer counts ${trailer.count} records, the file holds ${count}`);
  if (trailer.sha256 !== hash.digest('hex')) throw new ExportIncompleteError('the SHA-256 in the trailer is not that of the file');
  return trailer;
}

/** Feeds `file` into `gunzip` at the pace it is read, then ends it; a break in `file` goes to `broke`. */
async function pump(file: AsyncIterable<Uint8Array>, gunzip: Gunzip, broke: (error: Error) => void): Promise<void> {
  try {
    for await (const chunk of file) {
      if (gunzip.destroyed) return;
      if (!gunzip.write(chunk)) await drainedOrClosed(gunzip);
    }
  } catch (error) {
    // What arrived before the break is still read out (destroying the gunzip here would drop
    // it); the break is reported after it.
    broke(error as Error);
  }
  if (!gunzip.destroyed) gunzip.end();
}

/** Waits until `stream` takes more, or is closed (the consumer stopped). */
async function drainedOrClosed(stream: NodeJS.EventEmitter): Promise<void> {
  const stop = new AbortController();
  await Promise.race([once(stream, 'drain', { signal: stop.signal }), once(stream, 'close', { signal: stop.signal })]).catch(() => {});
  stop.abort();
}
