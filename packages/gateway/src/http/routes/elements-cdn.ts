import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type Router from '@koa/router';
import type { Context } from 'koa';
import { representationAnswer, type Representation } from '../../answers/representation-answer';
import { strongEtag } from '../../cache/strong-etag';
import { writeAnswer } from '../write-answer';

/** What `scripts/build-cdn.mjs` of @gongkai/elements writes beside the CDN file. */
interface CdnManifest {
  readonly version: string;
  readonly integrity: string;
}

interface CdnFiles {
  readonly version: string;
  readonly script: Representation;
  readonly manifest: Representation;
}

/** The latest URL is revalidated every five minutes, so a new release reaches pages within that. */
const LATEST_CACHE = 'public, max-age=300';
/** A versioned URL's bytes never change: the `integrity` of the snippet in docs/embedding.md holds. */
const VERSIONED_CACHE = 'public, max-age=31536000, immutable';

/**
 * The built CDN file, found through the @gongkai/elements package (a dependency of the gateway),
 * so the gateway serves exactly the release it was installed with.
 */
async function loadCdnFiles(): Promise<CdnFiles> {
  const require = createRequire(import.meta.url);
  const scriptPath = require.resolve('@gongkai/elements/gongkai-elements.js');
  const manifestPath = require.resolve('@gongkai/elements/gongkai-elements.json');
  const [scriptBytes, manifestBytes] = await Promise.all([readFile(scriptPath), readFile(manifestPath)]);
  const { version } = JSON.parse(manifestBytes.toString('utf8')) as CdnManifest;
  const representation = (bytes: Buffer, type: string): Representation => ({ bytes, type, etag: strongEtag(bytes) });
  return {
    version,
    script: representation(scriptBytes, 'text/javascript; charset=utf-8'),
    manifest: representation(manifestBytes, 'application/json; charset=utf-8'),
  };
}

/**
 * `/elements/gongkai-elements.js` (the current release), `/elements/<version>/gongkai-elements.js`
 * (immutable) and `/elements/gongkai-elements.json` (its version and `integrity`). Reads are open
 * to every origin (the CORS middleware), so any CMS page loads it as a module script. Anything
 * else under `/elements/` — another version, another file, an unbuilt package — falls through to
 * the 404 problem.
 */
export function mountElementsCdn(router: Router): void {
  let loaded: Promise<CdnFiles> | undefined;
  const files = async (): Promise<CdnFiles | undefined> => {
    loaded ??= loadCdnFiles();
    try {
      return await loaded;
    } catch {
      // Not built (a checkout running from the sources): try again on the next request.
      loaded = undefined;
      return undefined;
    }
  };
  const send = (ctx: Context, served: Representation, cacheControl: string): void =>
    writeAnswer(ctx, representationAnswer(served, ctx.get('if-none-match'), cacheControl));

  router.get('/elements/gongkai-elements.js', async (ctx) => {
    const cdn = await files();
    if (cdn) send(ctx, cdn.script, LATEST_CACHE);
  });
  router.get('/elements/gongkai-elements.json', async (ctx) => {
    const cdn = await files();
    if (cdn) send(ctx, cdn.manifest, LATEST_CACHE);
  });
  router.get('/elements/:version/gongkai-elements.js', async (ctx) => {
    const cdn = await files();
    if (cdn && ctx.params['version'] === cdn.version) send(ctx, cdn.script, VERSIONED_CACHE);
  });
}
