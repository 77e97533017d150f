import type { Alert } from '../generated/openapi-types';
import { vocabularies } from '../vocabularies';
import { xmlText } from './xml';

const MSG_TYPE = { alert: 'Alert', update: 'Update', cancel: 'Cancel' } as const;
// Red and orange warnings call for action now; yellow and blue for preparation.
const URGENCY = { red: 'Immediate', orange: 'Immediate', yellow: 'Expected', blue: 'Future' } as const;

/** An emergency notice as an OASIS CAP 1.2 `<alert>`, the format alerting systems consume. */
export function alertToCap(alert: Alert): string {
  const severity = String(vocabularies.severity.get(alert.severity)?.extra['cap'] ?? 'Unknown');
  const category = String(vocabularies.alertType.get(alert.type)?.extra['cap'] ?? 'Other');
  const line = (indent: number, tag: string, value: string | undefined) =>
    value === undefined ? [] : [`${' '.repeat(indent)}<${tag}>${xmlText(value)}</${tag}>`];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">',
    // Each CAP message needs its own identifier: the notice's id and revision. An update or a
    // cancellation references the original message (sender,identifier,sent — CAP 1.2 §3.2.1).
    ...line(2, 'identifier', `${alert.id}@r${alert.revision ?? 1}`),
    ...line(2, 'sender', alert.departmentId),
    ...line(2, 'sent', alert.updatedAt),
    '  <status>Actual</status>',
    ...line(2, 'msgType', MSG_TYPE[alert.msgType]),
    '  <scope>Public</scope>',
    ...(alert.msgType !== 'alert' || (alert.revision ?? 1) > 1
      ? line(2, 'references', `${alert.departmentId},${alert.id}@r1,${alert.issuedAt}`)
      : []),
    '  <info>',
    '    <language>zh-CN</language>',
    ...line(4, 'category', category),
    ...line(4, 'event', alert.event),
    ...line(4, 'urgency', URGENCY[alert.severity]),
    ...line(4, 'severity', severity),
    '    <certainty>Likely</certainty>',
    ...line(4, 'effective', alert.effectiveAt),
    ...line(4, 'expires', alert.expiresAt),
    ...line(4, 'senderName', alert.sender),
    ...line(4, 'headline', alert.headline),
    ...line(4, 'description', alert.description),
    ...line(4, 'instruction', alert.instructions),
    ...line(4, 'contact', alert.contact),
    `    <parameter><valueName>warningColour</valueName><value>${xmlText(alert.severity)}</value></parameter>`,
    '    <area>',
    ...line(6, 'areaDesc', alert.areas.map((area) => area.name).join('；')),
    ...alert.areas.map((area) => `      <geocode><valueName>GB/T 2260</valueName><value>${xmlText(area.code)}</value></geocode>`),
    '    </area>',
    '  </info>',
    '</alert>',
    '',
  ].join('\n');
}
