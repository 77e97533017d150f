// Module resolution hooks (they run on the loader's own thread): see record-imports.mjs.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, nextResolve) {
  if (specifier === '@gongkai/conformance' || specifier.startsWith('@gongkai/conformance/'))
    appendFileSync(process.env.GONGKAI_TEST_IMPORT_LOG, `${specifier}\n`);
  return nextResolve(specifier, context);
}
