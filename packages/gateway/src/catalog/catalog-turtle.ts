import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Subject } from 'n3';
import { CONTEXT, type JsonLdNode, type JsonLdValue } from './catalog-document';

const { namedNode, blankNode, literal, quad } = DataFactory;

/** `dcat:Dataset` → the full IRI, by the prefixes of the catalogue's @context. */
function expand(name: string): string {
  const colon = name.indexOf(':');
  const prefix = name.slice(0, colon) as keyof typeof CONTEXT;
  return colon > 0 && prefix in CONTEXT ? `${CONTEXT[prefix]}${name.slice(colon + 1)}` : name;
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** The triples of the catalogue's compact JSON-LD (the form `catalogDocument` writes). */
export function catalogQuads(document: JsonLdNode): Quad[] {
  const quads: Quad[] = [];
  const node = (value: JsonLdNode): Quad_Subject => {
    const subject = value['@id'] ? namedNode(value['@id']) : blankNode();
    const types = value['@type'] === undefined ? [] : ([] as string[]).concat(value['@type']);
    for (const type of types) quads.push(quad(subject, namedNode(RDF_TYPE), namedNode(expand(type))));
    for (const [property, values] of Object.entries(value)) {
      if (property.startsWith('@') || values === undefined) continue;
      for (const item of ([] as JsonLdValue[]).concat(values)) quads.push(quad(subject, namedNode(expand(property)), object(item)));
    }
    return subject;
  };
  const object = (value: JsonLdValue): Quad_Object => {
    if (typeof value === 'string') return literal(value);
    if ('@value' in value && typeof value['@value'] === 'string') {
      const typed = value as { '@value': string; '@language'?: string; '@type'?: string };
      if (typed['@language']) return literal(typed['@value'], typed['@language']);
      return literal(typed['@value'], typed['@type'] ? namedNode(expand(typed['@type'])) : undefined);
    }
    const inner = value as JsonLdNode;
    // An object with nothing but its @id is a reference, not a description.
    if (inner['@id'] && Object.keys(inner).length === 1) return namedNode(inner['@id']);
    return node(inner);
  };
  node(document);
  return quads;
}

/** The catalogue as Turtle, with the catalogue's prefixes. */
export function catalogTurtle(document: JsonLdNode): Promise<string> {
  const writer = new Writer({ prefixes: { ...CONTEXT } });
  writer.addQuads(catalogQuads(document));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
