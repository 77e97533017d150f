import type { DisclosureItem } from '../generated/openapi-types';
import { vocabularies } from '../vocabularies';
import { pathSegment, xmlText } from './xml';

export interface AtomFeedOptions {
  /** Absolute origin for links, e.g. `https://data.ln.gov.cn`. */
  baseUrl: string;
  /** The feed's own URL (path and query). */
  selfPath: string;
  title?: string;
  /** When there are no items. */
  updatedFallback?: string;
}

/** Items as an Atom feed (RFC 4287), newest first, with the category's zh-CN label. */
export function itemsToAtom(items: readonly DisclosureItem[], options: AtomFeedOptions): string {
  const updated = items.reduce(
    (latest, item) => (item.updatedAt && item.updatedAt > latest ? item.updatedAt : latest),
    options.updatedFallback ?? '1970-01-01T00:00:00Z',
  );
  const entries = items.map((item) => {
    const label = vocabularies.category.label(item.category) ?? item.category;
    return [
      '  <entry>',
      `    <id>urn:gongkai:item:${xmlText(item.id)}</id>`,
      `    <title>${xmlText(item.title)}</title>`,
      `    <published>${xmlText(item.publishedAt)}</published>`,
      `    <updated>${xmlText(item.updatedAt ?? item.publishedAt)}</updated>`,
      `    <link href="${xmlText(`${options.baseUrl}/v1/items/${pathSegment(item.id)}`)}"/>`,
      // Only a web link: a `javascript:` or `file:` URL stored before the contract refused it stays out.
      ...(item.url && isWebUrl(item.url) ? [`    <link rel="alternate" type="text/html" href="${xmlText(item.url)}"/>`] : []),
      `    <author><name>${xmlText(item.issuingBody)}</name></author>`,
      `    <category term="${xmlText(item.category)}" label="${xmlText(label)}"/>`,
      ...(item.summary ? [`    <summary>${xmlText(item.summary)}</summary>`] : []),
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    '  <id>urn:gongkai:feed:items</id>',
    `  <title>${xmlText(options.title ?? '政府信息公开 — 最新公开信息')}</title>`,
    `  <updated>${xmlText(updated)}</updated>`,
    `  <link rel="self" href="${xmlText(`${options.baseUrl}${options.selfPath}`)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** Whether `url` is an http(s) URL, as the contract's `WebUrl` requires. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
