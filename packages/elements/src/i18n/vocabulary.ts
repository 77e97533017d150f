import { vocabulary, type Vocabulary } from '../generated/vocabulary';
import type { Language } from './language';

const index = (language: Language) => (language === 'en' ? 1 : 0);

/** The contract's label of a vocabulary term in the language; the value itself for a term the contract does not label (open vocabularies grow). */
export function label(name: keyof Vocabulary, value: string, language: Language): string {
  return vocabulary[name][value]?.split('|')[index(language)] ?? value;
}

/** The terms of a vocabulary in the contract's order, with their labels in the language. */
export function terms(name: keyof Vocabulary, language: Language): [value: string, label: string][] {
  return Object.entries(vocabulary[name]).map(([value, labels]) => [value, labels.split('|')[index(language)]!]);
}
