import { DATED_BY, type CatalogSettings, type DepartmentFacts, type KindFacts, type RecordKind } from './catalog-facts';

/**
 * The catalogue as DCAT-AP 3 in JSON-LD, written by hand as plain objects: every department is a
 * publisher (`foaf:Agent`), every kind of record it publishes a `dcat:Dataset` with one
 * distribution per way to get it. The compact form uses only the prefixes of `CONTEXT`, `@id`
 * objects for IRIs and `@value` objects for typed or language-tagged literals — the form
 * `catalog-turtle.ts` turns into triples, so both representations say the same.
 */
export const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export type JsonLdNode = { '@id'?: string; '@type'?: string | string[] } & { [property: string]: JsonLdValue | JsonLdValue[] | undefined };
export type JsonLdValue = JsonLdNode | { '@value': string; '@language'?: string; '@type'?: string } | string;

const FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';
const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const MEDIA_TYPE = 'https://www.iana.org/assignments/media-types/';

/** How often each kind changes (EU frequency vocabulary): disclosure is continuous, budgets yearly. */
const ACCRUAL: Readonly<Record<RecordKind, string>> = {
  items: 'CONT',
  fees: 'IRREG',
  budgets: 'ANNUAL',
  alerts: 'CONT',
  feedback: 'CONT',
};

const TITLES: Readonly<Record<RecordKind, { zh: string; en: string }>> = {
  items: { zh: '主动公开信息', en: 'Proactively disclosed information' },
  fees: { zh: '行政事业性收费', en: 'Administrative fees' },
  budgets: { zh: '预决算', en: 'Budgets and final accounts' },
  alerts: { zh: '突发事件预警信息', en: 'Emergency warnings' },
  feedback: { zh: '民意诉求与答复', en: 'Public feedback and replies' },
};

const zh = (text: string) => ({ '@value': text, '@language': 'zh-CN' });
const en = (text: string) => ({ '@value': text, '@language': 'en' });
const dateTime = (text: string) => ({ '@value': text, '@type': 'xsd:dateTime' });
const iri = (id: string) => ({ '@id': id });

export function catalogDocument(settings: CatalogSettings, departments: readonly DepartmentFacts[]): JsonLdNode {
  const base = settings.baseUrl;
  return {
    '@context': CONTEXT as unknown as JsonLdValue,
    '@id': `${base}/v1/catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': zh(settings.title),
    'dct:description': zh('本网关汇聚的各公开主体的政府信息公开数据，均可通过开放接口、CSV、批量导出和订阅获取。'),
    'dct:publisher': { '@id': `${base}/v1/catalog#publisher`, '@type': 'foaf:Agent', 'foaf:name': settings.publisherName },
    'dct:license': iri(settings.license),
    'foaf:homepage': iri(`${base}/`),
    'dcat:dataset': departments.flatMap((department) => department.kinds.map((facts) => dataset(settings, department, facts))),
  };
}

function publisher(base: string, department: DepartmentFacts): JsonLdNode {
  return {
    '@id': `${base}/v1/departments/${department.id}`,
    '@type': 'foaf:Agent',
    'foaf:name': department.nameEn ? [zh(department.name), en(department.nameEn)] : zh(department.name),
    ...(department.website ? { 'foaf:homepage': iri(department.website) } : {}),
  };
}

function dataset(settings: CatalogSettings, department: DepartmentFacts, facts: KindFacts): JsonLdNode {
  const base = settings.baseUrl;
  const title = TITLES[facts.kind];
  const query = `department=${department.id}`;
  const temporal =
    facts.earliest || facts.latest
      ? {
          '@type': 'dct:PeriodOfTime',
          ...(facts.earliest ? { 'dcat:startDate': dateTime(facts.earliest) } : {}),
          ...(facts.latest ? { 'dcat:endDate': dateTime(facts.latest) } : {}),
        }
      : undefined;
  return {
    '@id': `${base}/v1/catalog#${department.id}-${facts.kind}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': `${department.id}:${facts.kind}`,
    'dct:title': [zh(`${department.name}${title.zh}`), en(`${title.en} — ${department.nameEn ?? department.id}`)],
    'dct:description': zh(`${department.name}公开的${title.zh}，按 ${DATED_BY[facts.kind]} 排序，附完整变更历史。`),
    'dct:publisher': publisher(base, department),
    'dct:license': iri(settings.license),
    'dct:accrualPeriodicity': iri(`${FREQUENCY}${ACCRUAL[facts.kind]}`),
    ...(temporal ? { 'dct:temporal': temporal } : {}),
    ...(facts.latest ? { 'dct:modified': dateTime(facts.latest) } : {}),
    ...(department.email || department.phone ? { 'dcat:contactPoint': contact(department) } : {}),
    'dcat:landingPage': iri(`${base}/docs`),
    'dcat:distribution': distributions(settings, department.id, facts.kind, query),
  };
}

function contact(department: DepartmentFacts): JsonLdNode {
  return {
    '@type': 'vcard:Organization',
    'vcard:fn': department.name,
    ...(department.email ? { 'vcard:hasEmail': iri(`mailto:${department.email}`) } : {}),
    ...(department.phone ? { 'vcard:hasTelephone': department.phone } : {}),
  };
}

/** The JSON API, CSV, the bulk export and (for items) the Atom feed; each with its licence and media type. */
function distributions(settings: CatalogSettings, departmentId: string, kind: RecordKind, query: string): JsonLdNode[] {
  const base = settings.baseUrl;
  const one = (name: string, title: string, url: string, media: string, format: string, download: boolean, extra: JsonLdNode = {}) => ({
    '@id': `${base}/v1/catalog#${departmentId}-${kind}-${name}`,
    '@type': 'dcat:Distribution',
    'dct:title': title,
    'dcat:accessURL': iri(url),
    ...(download ? { 'dcat:downloadURL': iri(url) } : {}),
    'dcat:mediaType': iri(`${MEDIA_TYPE}${media}`),
    'dct:format': iri(`${FILE_TYPE}${format}`),
    'dct:license': iri(settings.license),
    ...extra,
  });
  return [
    one('json', 'JSON API (pages with a cursor)', `${base}/v1/${kind}?${query}`, 'application/json', 'JSON', false, {
      'dct:conformsTo': iri(`${base}/openapi.json`),
    }),
    one('csv', 'CSV (UTF-8 with BOM)', `${base}/v1/${kind}?${query}&format=csv`, 'text/csv', 'CSV', true),
    one('export', 'Bulk export (gzip NDJSON, full records)', `${base}/v1/exports/${kind}?${query}`, 'application/x-ndjson', 'JSON', true, {
      'dcat:compressFormat': iri(`${MEDIA_TYPE}application/gzip`),
    }),
    ...(kind === 'items'
      ? [one('atom', 'Atom feed of new items', `${base}/v1/feeds/items?${query}`, 'application/atom+xml', 'ATOM', false)]
      : []),
  ];
}
