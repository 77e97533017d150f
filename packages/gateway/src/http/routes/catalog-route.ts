import type Router from '@koa/router';
import { UNCACHEABLE_HEADER } from '../../cache/uncacheable';
import { catalogDocument } from '../../catalog/catalog-document';
import { catalogRdfXml } from '../../catalog/catalog-rdf-xml';
import { catalogTurtle } from '../../catalog/catalog-turtle';
import { gatherCatalogFacts } from '../../catalog/gather-catalog-facts';
import type { GatewayContext } from '../../gateway-context';
import type { GatewayState } from '../middleware/request-context';
import { sendCached } from '../send-cached';

const JSON_LD = 'application/ld+json';
const TURTLE = 'text/turtle';
const RDF_XML = 'application/rdf+xml';

/** The representation asked for: JSON-LD unless Turtle or RDF/XML is preferred. */
function render(type: string, document: ReturnType<typeof catalogDocument>): Promise<string> | string {
  if (type === TURTLE) return catalogTurtle(document);
  if (type === RDF_XML) return catalogRdfXml(document);
  return JSON.stringify(document);
}

/**
 * `GET /v1/catalog`: the DCAT-AP 3 catalogue, JSON-LD unless Turtle (`Accept: text/turtle`) or
 * RDF/XML (`application/rdf+xml`) is preferred. Built from what the departments say, through the response cache like any
 * answer; a department that did not answer leaves its datasets out, and that catalogue is not
 * cached, so the next request asks again.
 */
export function mountCatalog(router: Router<GatewayState>, gateway: GatewayContext): void {
  router.get('/v1/catalog', async (ctx) => {
    const preferred = ctx.accepts(JSON_LD, 'application/json', TURTLE, RDF_XML);
    const type = preferred === TURTLE || preferred === RDF_XML ? preferred : JSON_LD;
    // Koa 3's `ctx.origin` is the Origin request header, not this server's origin.
    const baseUrl = gateway.config.publicBaseUrl ?? `${ctx.protocol}://${ctx.host}`;
    const key = `catalog:${type}:${baseUrl}`;
    const result = await gateway.cache.get(key, async () => {
      const { departments, missing } = await gatherCatalogFacts(gateway);
      const document = catalogDocument({ baseUrl, ...gateway.config.catalog }, departments);
      const text = await render(type, document);
      return {
        status: 200,
        contentType: `${type}; charset=utf-8`,
        body: Buffer.from(text),
        headers: { Vary: 'Accept', ...(missing.length ? { [UNCACHEABLE_HEADER]: 'true' } : {}) },
      };
    });
    sendCached(ctx, gateway, result);
  });
}
