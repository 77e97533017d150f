/**
 * The JSON answer of a federated list, spliced rather than serialised: the records' bytes as their
 * departments sent them (`scanned-list-page.ts`), inside the envelope `listEnvelope` describes.
 * The bytes are those `JSON.stringify(listEnvelope(...))` writes for the same page: a light record's
 * bytes are canonical, and a parsed record is serialised on its own.
 */
import { listEnvelope, type FederatedListResult } from './federated-list';
import { RECORD_BYTES, type SplicedRecord } from './scanned-list-page';

const OPEN = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');

export function splicedListBody(result: FederatedListResult<SplicedRecord>, selfPath: string, selfQuery: URLSearchParams): Buffer {
  // `listEnvelope` decides the members and their order; its `data` is the records below.
  const { meta, links } = listEnvelope(result, selfPath, selfQuery);
  const parts: Buffer[] = [OPEN];
  result.data.forEach((record, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(record[RECORD_BYTES] ?? Buffer.from(JSON.stringify(record)));
  });
  parts.push(Buffer.from(`],"meta":${JSON.stringify(meta)},"links":${JSON.stringify(links)}}`));
  return Buffer.concat(parts);
}
