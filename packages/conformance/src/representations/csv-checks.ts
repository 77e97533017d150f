import {
  alertsToCsv,
  budgetsToCsv,
  feedbackToCsv,
  feesToCsv,
  getOperation,
  itemsToCsv,
  type Alert,
  type Budget,
  type DisclosureItem,
  type FeeSchedule,
  type Feedback,
  type Operation,
} from '@gongkai/spec';
import { parse } from 'csv-parse/sync';
import { successMediaTypes, successSchema } from '../contract/declared-responses';
import { listOperation, publicReads } from '../contract/list-operations';
import { bodyJson, bodyText, mediaType, type Exchange } from '../http/exchange';
import { skipped, verdict, type Check } from '../run/check';
import { failure, unexpectedAnswer, type Failure } from '../run/failure';
import type { RunContext } from '../run/run-context';

/** The CSV the contract's representation rules make of a JSON record (`@gongkai/spec`), by record schema. */
const CSV_OF: Readonly<Record<string, (records: never[]) => string>> = {
  FeeSchedule: (records: FeeSchedule[]) => feesToCsv(records),
  Budget: (records: Budget[]) => budgetsToCsv(records),
  DisclosureItem: (records: DisclosureItem[]) => itemsToCsv(records),
  Alert: (records: Alert[]) => alertsToCsv(records),
  Feedback: (records: Feedback[]) => feedbackToCsv(records),
};

function parseCsv(text: string): string[][] | string {
  try {
    return parse(text, { bom: true, relax_quotes: false }) as string[][];
  } catch (error) {
    return `not valid CSV: ${(error as Error).message}`;
  }
}

function nextLink(exchange: Exchange): string | undefined {
  return /<([^>]+)>\s*;\s*rel="?next"?/.exec(exchange.response.headers['link'] ?? '')?.[1];
}

/** Compares a CSV answer with the CSV the contract's rules make of the JSON answer to the same request. */
function compareCsv(csv: Exchange, records: unknown[], toCsv: (records: never[]) => string, label: string): Failure[] {
  if (csv.response.status !== 200 || mediaType(csv.response) !== 'text/csv') return [unexpectedAnswer(csv, `200 text/csv (${label})`)];
  const actual = parseCsv(bodyText(csv.response));
  if (typeof actual === 'string') return [failure(`${label}: ${actual}`, 'RFC 4180 CSV', csv)];
  const expected = parseCsv(toCsv(records as never[])) as string[][];
  if (actual[0]?.join(',') !== expected[0]?.join(','))
    return [failure(`${label}: the header row is ${actual[0]?.join(',')}`, expected[0]!.join(','), csv)];
  if (actual.length !== expected.length)
    return [failure(`${label}: ${actual.length - 1} rows`, `${expected.length - 1} rows, as the JSON answer has`, csv)];
  for (let row = 1; row < expected.length; row++) {
    const column = expected[row]!.findIndex((cell, i) => actual[row]![i] !== cell);
    if (column >= 0)
      return [
        failure(
          `${label}: row ${row}, column ${expected[0]![column]} is ${JSON.stringify(actual[row]![column])}`,
          `${JSON.stringify(expected[row]![column])}, as in the JSON answer`,
          csv,
        ),
      ];
  }
  return [];
}

function csvCheck(operation: Operation): Check {
  const list = listOperation(operation.operationId);
  const schema = list?.recordSchema ?? successSchema(operation);
  return {
    id: `representations.csv:${operation.operationId}`,
    area: 'representations',
    title: `GET ${operation.path} as text/csv: parses, and agrees with the JSON row for row${list ? ', with the next page in Link' : ''}`,
    async run(context: RunContext) {
      const toCsv = schema ? CSV_OF[schema] : undefined;
      if (!toCsv) return skipped(`the checks do not know the CSV columns of ${schema ?? operation.operationId}`);
      const path = await context.pathValues(operation);
      if (!path) return skipped('no record to ask for');
      const json = await context.read(operation.operationId, { path, headers: { Accept: 'application/json' } });
      const body = bodyJson(json.response) as { data?: unknown[]; links?: { next?: string } } | undefined;
      if (json.response.status !== 200 || !body) return verdict([unexpectedAnswer(json, '200 application/json')]);
      const csv = await context.read(operation.operationId, { path, headers: { Accept: 'text/csv' } });
      const failures = compareCsv(csv, list ? (body.data ?? []) : [body], toCsv, 'first page');
      if (list && failures.length === 0) {
        const link = nextLink(csv);
        if ((link === undefined) !== (body.links?.next === undefined))
          failures.push(
            failure(
              `the CSV ${link ? 'has' : 'has no'} Link rel="next", the JSON ${body.links?.next ? 'has' : 'has no'} links.next`,
              'a next page in Link exactly when the JSON has links.next',
              csv,
            ),
          );
        else if (link && body.links?.next) {
          const nextJson = await context.probe.send({
            target: new URL(body.links.next, json.request.url),
            headers: { Accept: 'application/json' },
          });
          const nextCsv = await context.probe.send({ target: new URL(link, csv.request.url), headers: { Accept: 'text/csv' } });
          const data = (bodyJson(nextJson.response) as { data?: unknown[] } | undefined)?.data ?? [];
          failures.push(...compareCsv(nextCsv, data, toCsv, 'second page (from Link)'));
        }
      }
      return verdict(failures);
    },
  };
}

/** Every read that offers text/csv beside the JSON it is compared with (an export offers no JSON). */
export const csvChecks: Check[] = publicReads()
  .filter((operation) => successMediaTypes(operation).includes('text/csv') && successMediaTypes(operation).includes('application/json'))
  .map((operation) => csvCheck(getOperation(operation.operationId)));
