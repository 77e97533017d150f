import type { OpenApiDocument } from '@gongkai/spec';

/** The tag of the operations a department serves to its own staff; a gateway never proxies them. */
const ADMIN_TAG = 'Department admin';
const ADMIN_SCHEME = 'adminToken';

/** The component sections that only `$ref`s reach (security schemes are named by `security` instead). */
const REFERENCED_SECTIONS = ['schemas', 'parameters', 'headers', 'responses', 'examples'] as const;

/**
 * The contract as the gateway serves it at `/openapi.json` and `/docs`: what the gateway answers,
 * and nothing else. The `Department admin` operations belong to each department's own reference
 * (which every department kit serves at its `/docs`), so they, their tag, their security scheme
 * and every component only they use are left out. The gateway's own `/v1/catalog` is added.
 */
export function gatewayDocument(contract: OpenApiDocument): OpenApiDocument {
  const document = structuredClone(contract);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation?.tags.includes(ADMIN_TAG)) delete (item as Record<string, unknown>)[method];
    }
    if (Object.keys(item).length === 0) delete document.paths[path];
  }
  document['tags'] = ((document['tags'] ?? []) as { name: string }[]).filter((tag) => tag.name !== ADMIN_TAG);
  const schemes = document.components['securitySchemes'] as Record<string, unknown> | undefined;
  if (schemes) delete schemes[ADMIN_SCHEME];
  Object.assign(document.paths, catalogPath);
  (document['tags'] as { name: string; description: string }[]).push({
    name: 'Catalogue',
    description:
      'A DCAT-AP 3 catalogue of the open data the gateway federates, for data portals and their harvesters. Served by the gateway only.',
  });
  pruneUnreferenced(document);
  return document;
}

/** Drops the components nothing left in the document reaches. */
function pruneUnreferenced(document: OpenApiDocument): void {
  const components = document.components as Record<string, Record<string, unknown> | undefined>;
  const reached = new Set<string>();
  const pending: unknown[] = [Object.fromEntries(Object.entries(document).filter(([key]) => key !== 'components'))];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/') && !reached.has(inner)) {
          reached.add(inner);
          const [, , section, name] = inner.split('/');
          pending.push(components[section!]?.[name!]);
        } else pending.push(inner);
      }
    }
  }
  for (const section of REFERENCED_SECTIONS) {
    const entries = components[section];
    if (!entries) continue;
    for (const name of Object.keys(entries)) if (!reached.has(`#/components/${section}/${name}`)) delete entries[name];
  }
}

/** `/v1/catalog`: served by the gateway alone, so not part of the contract every department implements. */
const catalogPath = {
  '/v1/catalog': {
    get: {
      operationId: 'getCatalog',
      tags: ['Catalogue'],
      summary: 'The DCAT-AP 3 catalogue of the open data',
      description:
        'Each department as a publisher (`foaf:Agent`), each kind of record a department publishes as a `dcat:Dataset` with its distributions (the JSON API, CSV, the bulk export, the Atom feed), `dct:accrualPeriodicity`, `dct:temporal` and the data licence the operator set (`catalog.license`). JSON-LD by default; Turtle for `Accept: text/turtle`, RDF/XML for `Accept: application/rdf+xml`.',
      responses: {
        '200': {
          description: 'OK',
          content: {
            'application/ld+json': { schema: { type: 'object' } },
            'text/turtle': { schema: { type: 'string' } },
            'application/rdf+xml': { schema: { type: 'string' } },
          },
        },
        '429': { $ref: '#/components/responses/TooManyRequests' },
      },
    },
  },
};
