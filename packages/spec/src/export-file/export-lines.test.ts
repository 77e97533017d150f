import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ExportIncompleteError, verifiedExportLines } from './export-lines';
import { exportTrailerLine } from './export-trailer';

const records = ['{"id":"ln-a:1","title":"住房公积金管理办法"}\n', '{"id":"ln-a:2","title":"辽宁省财政厅"}\n'];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function file(
  lines: readonly string[],
  trailer = exportTrailerLine({ kind: 'items', complete: true, count: lines.length, sha256: sha256(lines.join('')), after: null }),
) {
  return gzipSync(lines.join('') + trailer);
}

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(source: AsyncIterable<Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of verifiedExportLines(source)) out.push(line);
  return out;
}

describe('verifiedExportLines', () => {
  it.each([1, 2, 7, 4096])('hands over every line and checks the trailer, whatever the chunks (%i bytes)', async (size) => {
    // Chunks of the gunzipped text end inside three-byte characters too.
    expect(await read(chunks(file(records), size))).toEqual(records);
  });

  it('keeps a character whose UTF-8 bytes are split between two decompressed chunks', async () => {
    // 30 000-byte lines of a three-byte character: gunzip's 16 KiB chunks end inside one of them.
    const long = [1, 2, 3].map((n) => `${JSON.stringify({ id: `ln-finance:2026-00000${n}`, title: '审'.repeat(10_000) })}\n`);
    expect(await read(chunks(file(long), 1000))).toEqual(long);
  });

  it('refuses a file without its trailer, with a wrong checksum or count, or one that broke off', async () => {
    const wrong = exportTrailerLine({ kind: 'items', complete: true, count: 2, sha256: sha256('other'), after: null });
    const brokeOff = exportTrailerLine({
      kind: 'items',
      complete: false,
      count: 2,
      sha256: sha256(records.join('')),
      after: 'ln-a:2',
      failure: { detail: 'disk' },
    });
    for (const bytes of [
      gzipSync(records.join('')),
      file(records, wrong),
      file(records.slice(0, 1), exportTrailerLine({ kind: 'items', complete: true, count: 2, sha256: sha256(records[0]!), after: null })),
      file(records, brokeOff),
    ])
      await expect(read(chunks(bytes, 5))).rejects.toBeInstanceOf(ExportIncompleteError);
    const whole = file(records);
    await expect(read(chunks(whole.subarray(0, whole.length - 12), 5))).rejects.toBeInstanceOf(ExportIncompleteError);
  });
});

describe('verifiedExportLines of a plain (not compressed) file', () => {
  const plain = (lines: readonly string[], trailer?: string) => gunzipSync(file(lines, trailer));
  const readPlain = async (source: AsyncIterable<Uint8Array>) => {
    const out: string[] = [];
    for await (const line of verifiedExportLines(source, { compressed: false })) out.push(line);
    return out;
  };

  it.each([1, 2, 7, 4096])('hands over every line and checks the trailer, whatever the chunks (%i bytes)', async (size) => {
    // Chunks of 1 and 2 bytes end inside three-byte characters.
    expect(await readPlain(chunks(plain(records), size))).toEqual(records);
  });

  it('refuses a file without its trailer, with a wrong checksum, cut short, or broken off by the connection', async () => {
    const wrong = exportTrailerLine({ kind: 'items', complete: true, count: 2, sha256: sha256('other'), after: null });
    const whole = plain(records);
    async function* breaking(): AsyncGenerator<Uint8Array> {
      yield whole.subarray(0, 10);
      throw new Error('socket hang up');
    }
    for (const source of [
      chunks(Buffer.from(records.join('')), 5),
      chunks(plain(records, wrong), 5),
      chunks(whole.subarray(0, whole.length - 12), 5),
      breaking(),
    ])
      await expect(readPlain(source)).rejects.toBeInstanceOf(ExportIncompleteError);
  });
});
