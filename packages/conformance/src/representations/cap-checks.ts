import { alertToCap, type Alert } from '@gongkai/spec';
import { listOperation } from '../contract/list-operations';
import { bodyJson, bodyText, mediaType } from '../http/exchange';
import { skipped, verdict, type Check } from '../run/check';
import { failure, unexpectedAnswer, type Failure } from '../run/failure';
import { childText, children, leaves, missingLeaves, parseXml, type XmlElement } from './xml-document';

const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';
const SAMPLE_SIZE = 5;
// CAP 1.2 §3.3.2: DateTime with a numeric offset; "Z" and other letters must not be used.
const CAP_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

/** The required elements of CAP 1.2 (§3.2) and the values its enumerations allow. */
const ALERT_FIELDS: Readonly<Record<string, readonly string[] | null>> = {
  identifier: null,
  sender: null,
  sent: null,
  status: ['Actual', 'Exercise', 'System', 'Test', 'Draft'],
  msgType: ['Alert', 'Update', 'Cancel', 'Ack', 'Error'],
  scope: ['Public', 'Restricted', 'Private'],
};
const INFO_FIELDS: Readonly<Record<string, readonly string[] | null>> = {
  category: ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'],
  event: null,
  urgency: ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'],
  severity: ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'],
  certainty: ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'],
};

function fieldProblems(
  element: XmlElement | undefined,
  fields: Readonly<Record<string, readonly string[] | null>>,
  where: string,
): string[] {
  const problems: string[] = [];
  for (const [name, allowed] of Object.entries(fields)) {
    const value = childText(element, name);
    if (value === undefined || value === '') problems.push(`${where} has no <${name}>`);
    else if (allowed && !allowed.includes(value)) problems.push(`${where}<${name}> is "${value}", not one of ${allowed.join(', ')}`);
  }
  return problems;
}

/** What CAP 1.2 itself requires of a message. */
function capProblems(alert: XmlElement): string[] {
  const problems = fieldProblems(alert, ALERT_FIELDS, '<alert>');
  for (const name of ['sent']) {
    const value = childText(alert, name);
    if (value && !CAP_DATE_TIME.test(value))
      problems.push(`<${name}> "${value}" is not a CAP date-time (YYYY-MM-DDThh:mm:ss±hh:mm, no "Z")`);
  }
  const infos = children(alert, 'info');
  if (infos.length === 0) problems.push('<alert> has no <info>');
  for (const info of infos) {
    problems.push(...fieldProblems(info, INFO_FIELDS, '<info>'));
    for (const name of ['effective', 'onset', 'expires']) {
      const value = childText(info, name);
      if (value && !CAP_DATE_TIME.test(value)) problems.push(`<info><${name}> "${value}" is not a CAP date-time`);
    }
    for (const area of children(info, 'area')) if (!childText(area, 'areaDesc')) problems.push('<area> has no <areaDesc>');
  }
  return problems;
}

const capCheck: Check = {
  id: 'representations.cap:getAlert',
  area: 'representations',
  title: 'GET /v1/alerts/{alertId} as application/cap+xml: a well-formed CAP 1.2 message that agrees with the JSON',
  async run(context) {
    const list = listOperation('listAlerts')!;
    const alerts = await context.sampleRecords(list.operation.operationId, SAMPLE_SIZE);
    if (alerts.length === 0) return skipped('GET /v1/alerts is empty');
    const failures: Failure[] = [];
    for (const { id } of alerts) {
      const path = { alertId: String(id) };
      const json = await context.read('getAlert', { path, headers: { Accept: 'application/json' } });
      const alert = bodyJson(json.response) as Alert | undefined;
      if (json.response.status !== 200 || !alert) {
        failures.push(unexpectedAnswer(json, '200 application/json'));
        continue;
      }
      const cap = await context.read('getAlert', { path, headers: { Accept: 'application/cap+xml' } });
      if (cap.response.status !== 200 || mediaType(cap.response) !== 'application/cap+xml') {
        failures.push(unexpectedAnswer(cap, '200 application/cap+xml'));
        continue;
      }
      const document = parseXml(bodyText(cap.response));
      if (typeof document === 'string') {
        failures.push(failure(document, 'a well-formed CAP 1.2 <alert>', cap));
        continue;
      }
      if (document.root !== 'alert' || document.namespace !== CAP_NAMESPACE) {
        failures.push(
          failure(`the root element is <${document.root}> in ${document.namespace ?? 'no namespace'}`, `<alert> in ${CAP_NAMESPACE}`, cap),
        );
        continue;
      }
      const problems = capProblems(document.element);
      // The contract's mapping from the JSON notice to CAP (`alertToCap`): every value it sets must be there.
      const expected = parseXml(alertToCap(alert));
      const missing = typeof expected === 'string' ? [] : missingLeaves(leaves(expected.element), leaves(document.element));
      if (missing.length) problems.push(`disagrees with the JSON: missing or different ${missing.slice(0, 5).join('; ')}`);
      if (problems.length)
        failures.push(failure(`${String(id)}: ${problems.join('; ')}`, 'CAP 1.2 with the values of the JSON notice', cap));
    }
    return verdict(failures, `${alerts.length} notices`);
  },
};

export const capChecks: Check[] = [capCheck];
