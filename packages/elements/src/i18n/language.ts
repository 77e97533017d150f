/** The languages every element speaks; zh-CN is the default. */
export type Language = 'zh-CN' | 'en';

/**
 * The element's language: its own `lang`, else the nearest ancestor's, else zh-CN. Any `en-*` tag
 * is English; anything else (zh, zh-Hans, zh-CN, a language the elements do not speak) is zh-CN.
 */
export function languageOf(element: Element): Language {
  const tag = element.closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  return tag === 'en' || tag.startsWith('en-') ? 'en' : 'zh-CN';
}

/** Elder-friendly mode (适老化): the element's `elder` attribute, or `data-gk-elder` on an ancestor (or `<html>`), unless it says "false". */
export function elderModeOf(element: Element): boolean {
  if (element.hasAttribute('elder')) return element.getAttribute('elder') !== 'false';
  const switcher = element.closest('[data-gk-elder]');
  return !!switcher && switcher.getAttribute('data-gk-elder') !== 'false';
}

/** A table of strings per language: every visible string of an element lives in one. */
export type Strings<T> = Readonly<Record<Language, T>>;
