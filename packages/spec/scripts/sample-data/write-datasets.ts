import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSampleData, type SampleData } from './datasets';

// The data set on disk: writing it (and the attachments' bytes), and checking a folder against it.

export function writeSampleData(outDir: string, attachmentsDir?: string): SampleData {
  const data = generateSampleData();
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of data.files) writeFileSync(join(outDir, name), text);
  if (attachmentsDir) {
    for (const [url, bytes] of data.attachments) {
      const { host, pathname } = new URL(url);
      const path = join(attachmentsDir, host, ...pathname.split('/').filter(Boolean));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
  }
  return data;
}

/** The files in `dir` that differ from what the generator makes now. */
export function driftedFiles(dir: string): string[] {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  return [...generateSampleData().files].filter(([name, text]) => read(name) !== text).map(([name]) => name);
}
