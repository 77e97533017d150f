import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('generated files', () => {
  it('match openapi/v1 (the bundled document and the TypeScript types have not drifted)', () => {
    const script = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url));
    const output = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(output).toContain('match');
  }, 60_000);
});
