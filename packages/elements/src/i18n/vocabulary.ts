import { en, zhCN, type Vocabulary } from '../generated/vocabulary';
import type { Language } from './language';

/** The contract's label of a vocabulary term in the language; the value itself for a term the contract does not label (open vocabularies grow). */
export function label(vocabulary: keyof Vocabulary, value: string, language: Language): string {
  return (language === 'en' ? en : zhCN)[vocabulary][value] ?? value;
}

/** The terms of a vocabulary in the contract's order, with their labels in the language. */
export function terms(vocabulary: keyof Vocabulary, language: Language): [value: string, label: string][] {
  return Object.entries((language === 'en' ? en : zhCN)[vocabulary]);
}
