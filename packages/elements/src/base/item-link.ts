import { html, type TemplateResult } from 'lit';
import { safeHref } from '../safety/safe-url';

/**
 * Where a listed item links to: the page's own item page when the element has an `item-href`
 * template (`/item.html?id={id}`), else the item's page on the body's website. Only http(s) links
 * become `href`; otherwise the title is plain text.
 */
export function itemLink(item: { id: string; title: string; url?: string | undefined }, template: string | undefined): TemplateResult {
  const href = safeHref(template ? template.replace('{id}', encodeURIComponent(item.id)) : item.url);
  return href ? html`<a href=${href} part="link">${item.title}</a>` : html`<span part="title">${item.title}</span>`;
}
