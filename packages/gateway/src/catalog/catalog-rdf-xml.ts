import type { Quad, Term } from 'n3';
import { CONTEXT, type JsonLdNode } from './catalog-document';
import { catalogQuads } from './catalog-turtle';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const NAMESPACES: Readonly<Record<string, string>> = { rdf: RDF, ...CONTEXT };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ENTITIES[char]!);

/** `http://www.w3.org/ns/dcat#dataset` → `dcat:dataset`; every predicate of the catalogue has a prefix. */
function qualifiedName(iri: string): string {
  for (const [prefix, namespace] of Object.entries(NAMESPACES)) {
    if (iri.startsWith(namespace) && /^[A-Za-z_][\w.-]*$/.test(iri.slice(namespace.length)))
      return `${prefix}:${iri.slice(namespace.length)}`;
  }
  throw new Error(`no prefix for the predicate ${iri}`);
}

function subjectAttribute(term: Term): string {
  return term.termType === 'BlankNode' ? `rdf:nodeID="${escape(term.value)}"` : `rdf:about="${escape(term.value)}"`;
}

function property(quad: Quad): string {
  const name = qualifiedName(quad.predicate.value);
  const object = quad.object;
  if (object.termType === 'NamedNode') return `<${name} rdf:resource="${escape(object.value)}"/>`;
  if (object.termType === 'BlankNode') return `<${name} rdf:nodeID="${escape(object.value)}"/>`;
  if (object.termType !== 'Literal') throw new Error(`cannot write a ${object.termType} as RDF/XML`);
  const language = object.language ? ` xml:lang="${escape(object.language)}"` : '';
  const datatype =
    !object.language && object.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string'
      ? ` rdf:datatype="${escape(object.datatype.value)}"`
      : '';
  return `<${name}${language}${datatype}>${escape(object.value)}</${name}>`;
}

/**
 * The catalogue as RDF/XML (for harvesters that read only that): one `rdf:Description` per
 * subject of the same triples as the Turtle, written flat (blank nodes by `rdf:nodeID`).
 */
export function catalogRdfXml(document: JsonLdNode): string {
  const bySubject = new Map<string, { subject: Term; quads: Quad[] }>();
  for (const quad of catalogQuads(document)) {
    const key = `${quad.subject.termType}:${quad.subject.value}`;
    const entry = bySubject.get(key) ?? { subject: quad.subject, quads: [] };
    entry.quads.push(quad);
    bySubject.set(key, entry);
  }
  const namespaces = Object.entries(NAMESPACES)
    .map(([prefix, namespace]) => ` xmlns:${prefix}="${namespace}"`)
    .join('');
  const descriptions = [...bySubject.values()].map(
    ({ subject, quads }) =>
      `  <rdf:Description ${subjectAttribute(subject)}>\n${quads.map((q) => `    ${property(q)}`).join('\n')}\n  </rdf:Description>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF${namespaces}>\n${descriptions.join('\n')}\n</rdf:RDF>\n`;
}
