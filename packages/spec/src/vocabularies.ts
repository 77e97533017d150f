import { openApiDocument, type SchemaObject } from './document';
import type { components } from './generated/openapi-types';

export type Language = 'zh-CN' | 'en';

export interface Term<V extends string | number = string> {
  value: V;
  labels: Record<Language, string>;
  /** The article of the law the term comes from, where there is one (`Art. 20(7)`). */
  article?: string;
  /** For outcomes, the group (`denied`); for applicant types, the table-3 column group. */
  group?: string;
  /** Anything else the contract says of the term (`badReview`, the CAP mapping…). */
  extra: Record<string, string | boolean>;
}

export interface Vocabulary<V extends string | number = string> {
  name: string;
  terms: Term<V>[];
  /** The vocabulary may grow (topics): unknown values are valid and have no label. */
  open: boolean;
  get(value: V): Term<V> | undefined;
  label(value: V, language?: Language): string | undefined;
}

type Entry = Record<string, string | boolean>;

function build<V extends string | number>(schemaName: string): Vocabulary<V> {
  const schema = openApiDocument.components.schemas[schemaName] as SchemaObject | undefined;
  const entries = (schema?.['x-vocabulary'] ?? {}) as Record<string, Entry>;
  const numeric = schema?.['type'] === 'integer';
  const order = (schema?.['enum'] as V[] | undefined) ?? (Object.keys(entries) as V[]);
  const terms: Term<V>[] = order.map((value) => {
    const { 'zh-CN': zh, en, article, group, ...extra } = entries[String(value)] ?? {};
    return {
      value: (numeric ? Number(value) : value) as V,
      labels: { 'zh-CN': String(zh ?? value), en: String(en ?? value) },
      ...(typeof article === 'string' ? { article } : {}),
      ...(typeof group === 'string' ? { group } : {}),
      extra,
    };
  });
  const byValue = new Map(terms.map((term) => [String(term.value), term]));
  return {
    name: schemaName,
    terms,
    open: !schema?.['enum'],
    get: (value) => byValue.get(String(value)),
    label: (value, language = 'zh-CN') => byValue.get(String(value))?.labels[language],
  };
}

type S = components['schemas'];

/** The contract's vocabularies with zh-CN and English labels, read from the spec's `x-vocabulary`. */
export const vocabularies = {
  category: build<S['Category']>('Category'),
  topic: build<S['Topic']>('Topic'),
  validity: build<S['Validity']>('Validity'),
  genre: build<S['Genre']>('Genre'),
  level: build<S['Level']>('Level'),
  bodyKind: build<S['BodyKind']>('BodyKind'),
  applicantType: build<S['ApplicantType']>('ApplicantType'),
  applicationChannel: build<S['ApplicationChannel']>('ApplicationChannel'),
  informationForm: build<S['InformationForm']>('InformationForm'),
  deliveryMethod: build<S['DeliveryMethod']>('DeliveryMethod'),
  identityProofKind: build<S['IdentityProofKind']>('IdentityProofKind'),
  requestStatus: build<S['RequestStatus']>('RequestStatus'),
  requestEventType: build<S['RequestEventType']>('RequestEventType'),
  replyOutcome: build<S['ReplyOutcome']>('ReplyOutcome'),
  outcomeGroup: build<S['OutcomeGroup']>('OutcomeGroup'),
  pauseReason: build<S['PauseReason']>('PauseReason'),
  severity: build<S['Severity']>('Severity'),
  alertStatus: build<S['AlertStatus']>('AlertStatus'),
  alertType: build<S['AlertType']>('AlertType'),
  feedbackKind: build<S['FeedbackKind']>('FeedbackKind'),
  feedbackStage: build<S['FeedbackStage']>('FeedbackStage'),
  satisfaction: build<S['Satisfaction']>('Satisfaction'),
  budgetKind: build<S['BudgetKind']>('BudgetKind'),
  resourceType: build<S['ResourceType']>('ResourceType'),
  changeAction: build<S['ChangeAction']>('ChangeAction'),
} as const;

export type VocabularyName = keyof typeof vocabularies;

/** The group of a reply outcome: the part before the dot (`denied.stateSecret` → `denied`). */
export function outcomeGroupOf(outcome: S['ReplyOutcome']): S['OutcomeGroup'] {
  return outcome.split('.')[0] as S['OutcomeGroup'];
}

/**
 * Whether a statutory category binds a body of this level, as the category's `requiredAt` in the
 * contract lists: Art. 20 every administrative organ; Art. 21's first sentence prefecture-city and
 * county governments and their departments; its second sentence townships. A village or community
 * is not an administrative organ: nothing binds it.
 */
export function isCategoryRequired(category: S['Category'], level: S['Level']): boolean {
  const requiredAt = vocabularies.category.get(category)?.extra['requiredAt'];
  return typeof requiredAt === 'string' && requiredAt.split(' ').includes(level);
}
