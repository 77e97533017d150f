// `node --import ./record-imports.mjs …`: appends to $GONGKAI_TEST_IMPORT_LOG every specifier of
// @gongkai/conformance the process resolves, so a test can tell whether the checks were loaded.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url);
