import type Router from '@koa/router';
import { openApiDocument } from '@gongkai/spec';
import { sendRepresentation } from '../representation';
import { apiReferenceHtml } from './api-reference';

/**
 * `/openapi.json` (the whole contract: a department serves the public and the admin operations)
 * and `/docs` (the reference page rendered from it), under the department's own base path. The
 * gateway serves its own reference, without the admin operations.
 */
export function mountReference(router: Router, departmentName: string): void {
  const contract = Buffer.from(JSON.stringify(openApiDocument));
  const page = Buffer.from(apiReferenceHtml(openApiDocument, departmentName));
  router.get('/openapi.json', (ctx) => {
    sendRepresentation(ctx, { status: 200, type: 'application/json; charset=utf-8', body: contract, cache: 'public' });
  });
  router.get('/docs', (ctx) => {
    // The page has no script and loads nothing: nothing else is allowed either.
    ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    sendRepresentation(ctx, { status: 200, type: 'text/html; charset=utf-8', body: page, cache: 'public' });
  });
}
