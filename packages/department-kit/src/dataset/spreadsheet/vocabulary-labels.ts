import type { Vocabulary } from '@gongkai/spec';

/**
 * How a label is compared: Unicode compatibility forms folded (full-width `（` is `(`), spaces
 * dropped, letters in lower case. "财政预算、决算信息" and " 财政预算、决算信息 " are one label.
 */
export const labelKey = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The value a cell names: the contract's value itself, or a term's zh-CN or English label. */
export function termValue<V extends string | number>(vocabulary: Vocabulary<V>, text: string): V | undefined {
  const key = labelKey(text);
  return vocabulary.terms.find(
    (term) => labelKey(String(term.value)) === key || labelKey(term.labels['zh-CN']) === key || labelKey(term.labels.en) === key,
  )?.value;
}

/**
 * Terms a person probably meant: the labels that share the most of what was written, character
 * by character ("财政预决算" → 财政预算、决算信息), when they share at least three quarters of it.
 */
function nearTerms<V extends string | number>(vocabulary: Vocabulary<V>, text: string) {
  const written = [...new Set(labelKey(text))];
  if (written.length < 2) return [];
  const scored = vocabulary.terms.map((term) => {
    const label = new Set(labelKey(term.labels['zh-CN']));
    return { term, share: written.filter((char) => label.has(char)).length / written.length };
  });
  const best = Math.max(...scored.map((s) => s.share));
  return best < 0.75 ? [] : scored.filter((s) => s.share === best).map((s) => s.term);
}

const spelled = (term: { value: string | number; labels: { 'zh-CN': string } }) => `${term.labels['zh-CN']} (${term.value})`;

/** Why a cell names no term, and what to write instead (the labels are the contract's, from `@gongkai/spec`). */
export function unknownTermReason<V extends string | number>(vocabulary: Vocabulary<V>, text: string, what: string): string {
  const near = nearTerms(vocabulary, text);
  const suggestion =
    near.length > 0 && near.length <= 3
      ? `did you mean ${near.map(spelled).join(' or ')}?`
      : vocabulary.terms.length <= 12
        ? `write one of: ${vocabulary.terms.map(spelled).join(', ')}`
        : `write a label as the contract spells it, e.g. ${spelled(vocabulary.terms[0]!)}; the template's 取值 sheet lists all ${vocabulary.terms.length} (gongkai-department init)`;
  return `${JSON.stringify(text)} is not ${what}; ${suggestion}`;
}
