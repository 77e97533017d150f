// Other builds of the gateway to measure beside this one (`--also NAME=BUILT_MODULE`, for
// pinned-cpu.mjs and hidden-classes.mjs): a copy of packages/gateway/dist/index.js kept in that
// folder, where its dependencies resolve. A malformed or missing one is refused with `refuse`.
import { existsSync } from 'node:fs';

export function otherBuilds(alsoValues, refuse) {
  return alsoValues.map((also) => {
    const equals = also.indexOf('=');
    const [name, module] = equals === -1 ? ['', ''] : [also.slice(0, equals), also.slice(equals + 1)];
    if (!name || !module) refuse(`--also takes NAME=BUILT_MODULE, not ${also}`);
    if (!existsSync(module)) refuse(`--also ${name}: no file ${module} (build it, or copy packages/gateway/dist/index.js)`);
    return { name, module };
  });
}
