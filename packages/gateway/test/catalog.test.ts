import jsonld from 'jsonld';
import { Parser, Store, DataFactory, type Quad } from 'n3';
import pino from 'pino';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEPARTMENT_IDS, startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { resolveConfig } from '../src/config/config';
import { createGateway, type Gateway } from '../src/server/create-gateway';

// The catalogue is read back with real RDF libraries (jsonld for JSON-LD, n3 for Turtle), as a
// harvester would, and checked triple by triple.
const { namedNode } = DataFactory;
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const LICENSE = 'https://data.example.gov.cn/licence/open-data-1.0';

let departments: RunningDepartment[] = [];
let gateway: Gateway;
let base: string;

beforeAll(async () => {
  departments = await Promise.all(
    SAMPLE_DEPARTMENT_IDS.map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })),
  );
  const config = resolveConfig(
    { departments: departments.map((d) => ({ id: d.department.id, baseUrl: d.url })), catalog: { license: LICENSE } },
    'catalog',
    { GONGKAI_CURSOR_SECRET: 'catalog-test-secret-1234', GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60' },
  );
  gateway = createGateway(config, { logger: pino({ level: 'silent' }) });
  base = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await Promise.all(departments.map((d) => d.close()));
});

async function fromJsonLd(): Promise<Store> {
  const response = await fetch(`${base}/v1/catalog`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/ld+json');
  const nquads = (await jsonld.toRDF((await response.json()) as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
  })) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

async function fromTurtle(): Promise<Store> {
  const response = await fetch(`${base}/v1/catalog`, { headers: { accept: 'text/turtle' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/turtle');
  return new Store(new Parser({ format: 'Turtle' }).parse(await response.text()));
}

async function fromRdfXml(): Promise<Store> {
  const response = await fetch(`${base}/v1/catalog`, { headers: { accept: 'application/rdf+xml' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/rdf+xml');
  const text = await response.text();
  const store = new Store();
  await new Promise<void>((resolve, reject) => {
    const parser = new RdfXmlParser();
    parser.on('data', (q: Quad) => store.addQuad(q));
    parser.on('error', reject);
    parser.on('end', () => resolve());
    parser.write(text);
    parser.end();
  });
  return store;
}

/** The triples without blank nodes, as text: what two serialisations must agree on exactly. */
function groundTriples(store: Store): string[] {
  return store
    .getQuads(null, null, null, null)
    .filter((q: Quad) => q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode')
    .map(
      (q: Quad) =>
        `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${'language' in q.object ? q.object.language : ''}`,
    )
    .sort();
}

describe('GET /v1/catalog (DCAT-AP 3)', () => {
  it('says the same in JSON-LD, in Turtle and in RDF/XML', async () => {
    const [a, b, c] = [await fromJsonLd(), await fromTurtle(), await fromRdfXml()];
    expect(a.size).toBe(b.size);
    expect(c.size).toBe(b.size);
    expect(groundTriples(a)).toEqual(groundTriples(b));
    expect(groundTriples(c)).toEqual(groundTriples(b));
  });

  it.each([['JSON-LD', fromJsonLd] as const, ['Turtle', fromTurtle] as const, ['RDF/XML', fromRdfXml] as const])(
    'in %s: each department a publisher, each dataset licensed, dated and distributed',
    async (_name, read) => {
      const store = await read();
      const [catalog] = store.getSubjects(RDF_TYPE, namedNode(`${DCAT}Catalog`), null);
      expect(catalog).toBeDefined();
      expect(store.getObjects(catalog!, namedNode(`${DCT}license`), null).map((o) => o.value)).toEqual([LICENSE]);
      const datasets = store.getObjects(catalog!, namedNode(`${DCAT}dataset`), null);
      expect(datasets.length).toBeGreaterThanOrEqual(SAMPLE_DEPARTMENT_IDS.length);

      const publishers = new Set(datasets.flatMap((d) => store.getObjects(d, namedNode(`${DCT}publisher`), null).map((p) => p.value)));
      expect([...publishers].sort()).toEqual(departments.map((d) => `${base}/v1/departments/${d.department.id}`).sort());
      for (const publisher of publishers) {
        expect(store.has(DataFactory.quad(namedNode(publisher), RDF_TYPE, namedNode(`${FOAF}Agent`)))).toBe(true);
        expect(store.getObjects(namedNode(publisher), namedNode(`${FOAF}name`), null).length).toBeGreaterThan(0);
      }

      for (const dataset of datasets) {
        expect(store.has(DataFactory.quad(dataset as never, RDF_TYPE, namedNode(`${DCAT}Dataset`)))).toBe(true);
        expect(store.getObjects(dataset, namedNode(`${DCT}license`), null).map((o) => o.value)).toEqual([LICENSE]);
        expect(store.getObjects(dataset, namedNode(`${DCT}title`), null).length).toBeGreaterThan(0);
        expect(store.getObjects(dataset, namedNode(`${DCT}accrualPeriodicity`), null)[0]?.value).toMatch(/authority\/frequency\/[A-Z]+$/);
        const [temporal] = store.getObjects(dataset, namedNode(`${DCT}temporal`), null);
        expect(store.getObjects(temporal!, namedNode(`${DCAT}endDate`), null)[0]?.value).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        const distributions = store.getObjects(dataset, namedNode(`${DCAT}distribution`), null);
        expect(distributions.length).toBeGreaterThanOrEqual(3);
        for (const distribution of distributions) {
          expect(store.getObjects(distribution, namedNode(`${DCAT}accessURL`), null)[0]?.value).toMatch(new RegExp(`^${base}/`));
          expect(store.getObjects(distribution, namedNode(`${DCAT}mediaType`), null)[0]?.value).toMatch(
            /^https:\/\/www\.iana\.org\/assignments\/media-types\//,
          );
          expect(store.getObjects(distribution, namedNode(`${DCT}license`), null).map((o) => o.value)).toEqual([LICENSE]);
        }
        const downloads = distributions.flatMap((d) => store.getObjects(d, namedNode(`${DCAT}downloadURL`), null).map((o) => o.value));
        expect(downloads.some((url) => url.includes('/v1/exports/'))).toBe(true);
        expect(downloads.some((url) => url.includes('format=csv'))).toBe(true);
      }
      // The items of every department have a start date too, and an Atom feed.
      const items = datasets.filter((d) => d.value.endsWith('-items'));
      expect(items).toHaveLength(SAMPLE_DEPARTMENT_IDS.length);
      for (const dataset of items) {
        const [temporal] = store.getObjects(dataset, namedNode(`${DCT}temporal`), null);
        expect(store.getObjects(temporal!, namedNode(`${DCAT}startDate`), null)).toHaveLength(1);
        const media = store
          .getObjects(dataset, namedNode(`${DCAT}distribution`), null)
          .flatMap((d) => store.getObjects(d, namedNode(`${DCAT}mediaType`), null).map((o) => o.value));
        expect(media).toContain('https://www.iana.org/assignments/media-types/application/atom+xml');
      }
    },
  );

  it('defaults the data licence to CC BY 4.0, not the software’s MIT', () => {
    const config = resolveConfig({ departments: [{ id: 'ln-finance', baseUrl: 'http://127.0.0.1:1' }] }, 'default');
    expect(config.catalog.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('refuses a licence that is not an IRI, naming the key', () => {
    expect(() =>
      resolveConfig({ departments: [{ id: 'ln-finance', baseUrl: 'http://127.0.0.1:1' }], catalog: { license: 'CC BY' } }, 'bad.json'),
    ).toThrow(/catalog\/license/);
  });
});
