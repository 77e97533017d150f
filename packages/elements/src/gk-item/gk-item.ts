import { html, nothing, type TemplateResult } from 'lit';
import { isProblemError } from '@gongkai/client';
import type { DisclosureItem, ItemRevision } from '@gongkai/spec';
import { formatDate, formatNumber } from '../i18n/format';
import { label } from '../i18n/vocabulary';
import { safeHref } from '../safety/safe-url';
import type { ElementsClient } from '../config/client-for';
import { GkElement, type Fetched } from '../base/gk-element';
import { validityBadge } from '../base/validity-badge';
import { strings } from './gk-item.strings';
import { styles } from './gk-item.styles';

interface ItemWithHistory {
  readonly item: DisclosureItem;
  /** Undefined when the history could not be fetched: the item is still shown. */
  readonly revisions: readonly ItemRevision[] | undefined;
}

/** Bytes as the reader reads them: `471 KB`, `1.2 MB`. */
function size(bytes: number, language: 'zh-CN' | 'en'): string {
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), language)} KB`;
  return `${formatNumber(Math.round(bytes / 104857.6) / 10, language)} MB`;
}

/**
 * `<gk-item item-id="ln-finance:2026-000123">`: one item of proactive disclosure with its
 * metadata (索引号, 发文字号, 发文机关, dates), its validity, the full text, attachments and
 * revision history. Without `item-id` it shows the item named by the page's `?id=` parameter. The
 * text from data is rendered as text: markup in it shows as written and never runs.
 *
 * @summary One item with its metadata, validity, text, attachments and revision history.
 * @attr {string} item-id - The item's id (`<department>:<local id>`); else the page's `?id=`.
 * @attr {number} heading-level - The level of the title's heading (1–6, default 2).
 * @csspart item - The article.
 * @csspart title - The title.
 * @csspart metadata - The metadata table.
 * @csspart badge - The validity badge.
 * @csspart withdrawn - The notice of a withdrawn item.
 * @csspart summary - The summary.
 * @csspart body - The full text.
 * @csspart attachments - The list of attachments.
 * @csspart link - An attachment's link.
 * @csspart history - The revision history.
 */
export class GkItem extends GkElement<ItemWithHistory> {
  static override styles = [...GkElement.styles, styles];
  static override properties = {
    ...GkElement.properties,
    itemId: { type: String, attribute: 'item-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };
  static override queryProperties = [...GkElement.queryProperties, 'itemId'];

  declare itemId: string | undefined;
  /** The level of the title's heading (default 2; the page's own `<h1>` stays above it). */
  declare headingLevel: number;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  private get wantedId(): string {
    return this.itemId || new URLSearchParams(location.search).get('id') || '';
  }

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<ItemWithHistory>> {
    const id = this.wantedId;
    if (!id) throw new MissingItem();
    const [item, history] = await Promise.all([
      client.items.get(id, { signal }),
      client.items.history(id, { limit: 100 }, { signal }).catch(() => undefined),
    ]);
    return { data: { item, revisions: history?.data }, empty: false };
  }

  protected override errorMessage(error: unknown): string {
    const s = this.t(strings);
    if (error instanceof MissingItem) return s.missing;
    if (isProblemError(error) && error.status === 404) return s.notFound;
    return super.errorMessage(error);
  }

  protected override renderData({ item, revisions }: ItemWithHistory) {
    const s = this.t(strings);
    const lang = this.language;
    const row = (name: string, value: TemplateResult | string | undefined) =>
      value
        ? html`<tr>
            <th scope="row">${name}</th>
            <td>${value}</td>
          </tr>`
        : nothing;
    const original = safeHref(item.url);
    return html`<article part="item">
      <div class="title" role="heading" aria-level=${Math.min(6, Math.max(1, this.headingLevel || 2))} part="title">${item.title}</div>
      ${
        item.status === 'withdrawn'
          ? html`<p class="notice error" part="withdrawn">${s.withdrawn}${item.withdrawal?.reason ?? ''}</p>`
          : nothing
      }
      <table part="metadata">
        <caption class="sr">
          ${s.metadata}
        </caption>
        <tbody>
          ${row(s.indexNumber, item.indexNumber)} ${row(s.documentNumber, item.documentNumber)} ${row(s.issuingBody, item.issuingBody)}
          ${row(s.category, label('category', item.category, lang))} ${row(s.writtenOn, formatDate(item.writtenOn, lang))}
          ${row(s.publishedAt, formatDate(item.publishedAt, lang))}
          ${row(
            s.publishedElsewhere,
            item.publishedElsewhere && `${item.publishedElsewhere.where}（${formatDate(item.publishedElsewhere.publishedOn, lang)}）`,
          )}
          ${row(s.validity, validityBadge(item.validity, lang))} ${row(s.division, item.division.name)}
          ${row(s.original, original && html`<a href=${original}>${original}</a>`)}
        </tbody>
      </table>
      ${item.summary ? html`<p part="summary">${item.summary}</p>` : nothing}
      <div class="body" part="body">
        ${(item.body ?? '')
          .split(/\n\s*\n|\n/)
          .filter((p) => p.trim())
          .map((p) => html`<p>${p.trim()}</p>`)}
      </div>
      ${
        item.attachments.length
          ? html`<section part="attachments">
              <h3>${s.attachments}</h3>
              <ul>
                ${item.attachments.map((a) => {
                  const href = safeHref(a.url);
                  const text = `${a.name}（${size(a.size, lang)}）`;
                  return html`<li>${href ? html`<a href=${href} part="link">${text}</a>` : text}</li>`;
                })}
              </ul>
            </section>`
          : nothing
      }
      ${
        revisions?.length
          ? html`<section part="history">
              <h3>${s.history}</h3>
              <ol>
                ${revisions.map(
                  (r) =>
                    html`<li>
                      ${s.revision(r.revision)} · <time datetime=${r.recordedAt}>${formatDate(r.recordedAt, lang)}</time> ·
                      ${label('changeAction', r.action, lang)}${
                        r.changedFields?.length
                          ? html` (${r.changedFields.map((f) => s.fields[f] ?? f).join(lang === 'en' ? ', ' : '、')})`
                          : nothing
                      }
                      ${r.changedFields?.includes('validity') ? validityBadge(r.item.validity, lang) : nothing}
                    </li>`,
                )}
              </ol>
            </section>`
          : nothing
      }
    </article>`;
  }
}

/** No item id was given (neither `item-id` nor `?id=`). */
class MissingItem extends Error {}
