import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleGateway, type SampleGateway } from '../test-support/sample-gateway';

// Every `curl` line of docs/for-third-parties.md runs here against a gateway in front of the six
// sample departments, so the guide cannot rot.
const guide = readFileSync(new URL('../../docs/for-third-parties.md', import.meta.url), 'utf8');
const commands = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
  block[1]!.split('\n').filter((line) => line.startsWith('curl ')),
);
const run = promisify(execFile);

let sample: SampleGateway;
let base: string;

beforeAll(async () => {
  sample = await startSampleGateway();
  base = sample.base;
}, 120_000);

afterAll(() => sample?.close());

/** The shell words of a documented curl line (single-quoted arguments, as the guide writes them). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe('docs/for-third-parties.md', () => {
  it('has examples to run', () => {
    expect(commands.length).toBeGreaterThanOrEqual(12);
  });

  it.each(commands)('%s', async (line) => {
    // `curl … > file` keeps the answer in a file: here the output is checked instead.
    const args = words(line.split(' > ')[0]!)
      .slice(1)
      .map((word) => word.replace('http://localhost:8080', base));
    if (line.includes('/v1/exports/') && !line.includes('format=csv')) {
      // What the guide tells a user to check: the last line counts the records and hashes the bytes before it.
      const { stdout: file } = await run('curl', [...args, '--max-time', '60'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
      // `format=ndjson-plain` is the same lines, not compressed.
      const lines = (line.includes('format=ndjson-plain') ? file : gunzipSync(file)).toString('utf8').trimEnd().split('\n');
      const trailer = (JSON.parse(lines.at(-1)!) as { gongkaiExport: { complete: boolean; count: number; sha256: string } }).gongkaiExport;
      const records = lines.slice(0, -1).map((record) => `${record}\n`);
      expect(trailer).toMatchObject({
        complete: true,
        count: records.length,
        sha256: createHash('sha256').update(records.join('')).digest('hex'),
      });
      expect(records.length).toBeGreaterThan(0);
      return;
    }
    const { stdout } = await run('curl', [...args, '--max-time', '20'], { maxBuffer: 64 * 1024 * 1024 });
    expect(stdout.length).toBeGreaterThan(0);
    if (args.includes('Accept: text/turtle')) {
      // A harvester reads it with an RDF parser; so does this test.
      expect(new Parser({ format: 'Turtle' }).parse(stdout).length).toBeGreaterThan(0);
    } else if (args.includes('Accept: application/rdf+xml')) {
      expect(stdout).toMatch(/^<\?xml [^>]*\?>\s*<rdf:RDF /);
    } else if (!args.includes('Accept: text/csv') && !line.includes('format=csv') && !line.includes('/feeds/')) {
      const body = JSON.parse(stdout) as { meta?: { partial?: boolean }; data?: unknown[] };
      expect(body.meta?.partial).toBeUndefined();
      // A documented search finds something in the sample departments.
      if (line.includes('q=')) expect(body.data?.length).toBeGreaterThan(0);
    }
  });
});
