import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Router from '@koa/router';
import type { Context } from 'koa';
import { openApiDocument } from '@gongkai/spec';
import { representationAnswer, type Representation } from '../../answers/representation-answer';
import { strongEtag } from '../../cache/strong-etag';
import { writeAnswer } from '../write-answer';
import { gatewayDocument } from './gateway-document';

/**
 * Where the Swagger UI files are. The build copies them next to the bundle (`dist/swagger-ui/`,
 * scripts/copy-swagger-ui.mjs), so users do not install swagger-ui-dist, whose dependency
 * @scarf/scarf runs an install-time telemetry script. Run from the sources (the repository's own
 * tests), they come from the swagger-ui-dist devDependency.
 */
async function swaggerUiDirectory(): Promise<string> {
  const built = fileURLToPath(new URL('./swagger-ui/', import.meta.url));
  if (existsSync(built)) return built;
  const { default: absolutePath } = await import('swagger-ui-dist/absolute-path.js');
  return absolutePath();
}

/** The Swagger UI files `/docs` needs, served from the package — never from a CDN. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

const INDEX_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Gongkai v1 API reference · 政府信息公开接口</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css">
    <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
  </head>
  <body>
    <noscript>The reference needs JavaScript; the contract itself is at <a href="/openapi.json">/openapi.json</a>.</noscript>
    <div id="swagger-ui"></div>
    <script src="/docs/swagger-ui-bundle.js"></script>
    <script src="/docs/init.js"></script>
  </body>
</html>
`;

const INIT_JS = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, docExpansion: 'list', defaultModelsExpandDepth: 0 });\n`;

// Only what Swagger UI needs: its own scripts and styles (it sets inline styles) and data: images.
const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

function file(body: Buffer | string, type: string): Representation {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  return { bytes, etag: strongEtag(bytes), type };
}

function send(ctx: Context, served: Representation, cacheControl: string): void {
  writeAnswer(ctx, representationAnswer(served, ctx.get('if-none-match'), cacheControl));
}

/** `/openapi.json` (the contract as the gateway serves it) and `/docs` (an API reference rendered from it). */
export function mountDocs(router: Router): void {
  const documentFile = file(JSON.stringify(gatewayDocument(openApiDocument)), 'application/json; charset=utf-8');
  const files = new Map<string, Promise<Representation>>([
    ['', Promise.resolve(file(INDEX_HTML, 'text/html; charset=utf-8'))],
    ['init.js', Promise.resolve(file(INIT_JS, 'text/javascript; charset=utf-8'))],
  ]);
  const load = (name: string): Promise<Representation> | undefined => {
    if (!files.has(name) && ASSETS[name]) {
      files.set(
        name,
        swaggerUiDirectory()
          .then((directory) => readFile(join(directory, name)))
          .then((body) => file(body, ASSETS[name] ?? 'application/octet-stream')),
      );
    }
    return files.get(name);
  };

  router.get('/openapi.json', (ctx) => send(ctx, documentFile, 'public, max-age=300'));
  router.get(['/docs', '/docs/:asset'], async (ctx) => {
    const pending = load(ctx.params['asset'] ?? '');
    if (!pending) return; // falls through to the 404 problem
    ctx.set('Content-Security-Policy', DOCS_CSP);
    send(ctx, await pending, 'public, max-age=3600');
  });
}
