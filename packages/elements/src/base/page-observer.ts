/**
 * One MutationObserver for the page, started with the first element: a change of any `lang` or
 * `data-gk-elder` attribute (the page switching language or turning on elder-friendly mode) tells
 * every connected element to look again.
 */
export interface PageSettingsListener {
  pageSettingsChanged(): void;
}

const listeners = new Set<PageSettingsListener>();
let observer: MutationObserver | undefined;

export function watchPageSettings(listener: PageSettingsListener): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const l of listeners) l.pageSettingsChanged();
    });
    observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'data-gk-elder'] });
  }
}

export function unwatchPageSettings(listener: PageSettingsListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
