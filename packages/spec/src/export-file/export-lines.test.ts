import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { verifiedExportLines } from './export-lines';
import { exportTrailerLine, type ExportSummary } from './export-trailer';

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('verifiedExportLines', () => {
  it('keeps a character whose UTF-8 bytes are split between two decompressed chunks', async () => {
    // 30 000-byte lines of a three-byte character: gunzip's 16 KiB chunks end inside one of them.
    const lines = [1, 2, 3].map((n) => `${JSON.stringify({ id: `ln-finance:2026-00000${n}`, title: '审'.repeat(10_000) })}\n`);
    const sha256 = createHash('sha256').update(lines.join('')).digest('hex');
    const file = gzipSync(lines.join('') + exportTrailerLine({ count: 3, sha256, complete: true } as ExportSummary));
    const received: string[] = [];
    for await (const line of verifiedExportLines(chunksOf(file, 1000))) received.push(line);
    expect(received).toEqual(lines);
  });
});
