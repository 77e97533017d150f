import { bodyJson, bodyText, type ReceivedResponse } from '../http/exchange';

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const child of value) strings(child, out);
  else if (value && typeof value === 'object') for (const child of Object.values(value)) strings(child, out);
  return out;
}

/** The personal values an answer shows, as sent or JSON-escaped (`\u6d4b` is still 测). */
export function personalDataIn(response: ReceivedResponse, personal: readonly string[]): string[] {
  const text = [bodyText(response), ...strings(bodyJson(response))].join('\n');
  return personal.filter((value) => text.includes(value));
}
