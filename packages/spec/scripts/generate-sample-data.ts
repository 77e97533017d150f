#!/usr/bin/env node
/**
 * Generates the sample data set: six bodies of Liaoning province as `gongkai-dataset@1` files in
 * `packages/spec/sample-data/` (+ `index.json`). Deterministic: seeded PRNGs (one stream per
 * department and kind, so adding records to one does not reshuffle the others) and a fixed
 * reference date, 2026-11-20 China time; two runs give byte-identical files.
 *
 *   npx tsx packages/spec/scripts/generate-sample-data.ts [--out DIR] [--attachments DIR]
 *   npx tsx packages/spec/scripts/generate-sample-data.ts --check   (exit 1 when the committed files drifted)
 *
 * `--attachments DIR` also writes every attachment's bytes (small PDFs and CSVs whose size and
 * sha256 the items state) under DIR/<url host>/<url path>, for a demo that serves them.
 *
 * The generator lives in `sample-data/`, one module per kind of record; this file is its command line.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_DATE } from './sample-data/dates';
import { datasetOf, generateSampleData, type SampleData } from './sample-data/datasets';
import { driftedFiles, writeSampleData } from './sample-data/write-datasets';

export { datasetOf, driftedFiles, generateSampleData, REFERENCE_DATE, writeSampleData, type SampleData };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a directory`);
  return value;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = resolve(option(args, '--out') ?? join(here, '..', 'sample-data'));
  if (args.includes('--check')) {
    const drifted = driftedFiles(out);
    if (drifted.length > 0) {
      console.error(
        `sample data in ${out} is out of date (${drifted.join(', ')}); run: npx tsx packages/spec/scripts/generate-sample-data.ts`,
      );
      process.exit(1);
    }
    console.log(`sample data in ${out} is up to date`);
  } else {
    const attachments = option(args, '--attachments');
    const data = writeSampleData(out, attachments && resolve(attachments));
    console.log(
      `wrote ${data.files.size} files to ${out}${attachments ? ` and ${data.attachments.size} attachments to ${resolve(attachments)}` : ''}`,
    );
  }
}
