// Ships the bundled contract as a plain file too (`@gongkai/spec/openapi.json`) for tools that
// want the document rather than the module.
import { copyFileSync } from 'node:fs';
copyFileSync(new URL('../src/generated/openapi.json', import.meta.url), new URL('../dist/openapi.json', import.meta.url));
