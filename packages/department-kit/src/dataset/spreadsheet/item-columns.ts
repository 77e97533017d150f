import { openApiDocument, vocabularies, type SchemaObject, type Vocabulary } from '@gongkai/spec';
import { labelKey } from './vocabulary-labels';

/** How a column's cells become a field of `ItemInput`. */
export type ColumnKind = 'text' | 'list' | 'json' | 'date' | 'timestamp' | 'term' | 'terms';

export interface ItemColumn {
  /** The column's English name, the field of `ItemInput` (`title`), or its part (`divisionCode` → `division.code`). */
  readonly name: string;
  /** Where the value goes: `['division', 'code']`. */
  readonly path: readonly string[];
  readonly kind: ColumnKind;
  /** For `term` and `terms`: the vocabulary whose values and labels the cell may hold. */
  readonly vocabulary?: Vocabulary<string>;
  /** The Chinese headers accepted for it, the first one the template's. */
  readonly chineseHeaders: readonly string[];
}

/**
 * The documented Chinese headers of an items spreadsheet (the contract names its fields in
 * English only). A column the contract adds later is read under its English name until a Chinese
 * header is added here.
 */
export const CHINESE_HEADERS: Readonly<Record<string, readonly string[]>> = {
  id: ['编号', '标识'],
  indexNumber: ['索引号'],
  title: ['标题', '名称', '文件标题'],
  summary: ['摘要', '内容概述', '内容摘要'],
  body: ['正文', '内容'],
  documentNumber: ['文号', '发文字号'],
  genre: ['文种'],
  category: ['类别', '公开类别', '信息类别'],
  topics: ['主题', '主题分类'],
  keywords: ['关键词', '主题词'],
  validity: ['有效性', '效力状态'],
  issuingBody: ['发布机构', '发文机关', '发布机关'],
  divisionCode: ['行政区划代码', '区划代码'],
  divisionName: ['行政区划', '行政区划名称', '区划名称'],
  level: ['层级'],
  writtenOn: ['成文日期'],
  formedAt: ['形成日期', '生成日期'],
  publishedAt: ['发布日期', '发布时间'],
  attachments: ['附件'],
  interpretationId: ['解读编号'],
  interpretsId: ['解读对象编号'],
  url: ['链接', '网址', '原文链接'],
};

type Schemas = Record<string, SchemaObject>;
const schemas = openApiDocument.components.schemas as Schemas;
const refName = (schema: SchemaObject | undefined) =>
  typeof schema?.['$ref'] === 'string' ? (schema['$ref'] as string).split('/').pop() : undefined;
const vocabularyOf = (name: string | undefined) =>
  name === undefined ? undefined : (Object.values(vocabularies) as Vocabulary<string>[]).find((vocabulary) => vocabulary.name === name);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function kindOf(property: SchemaObject): { kind: ColumnKind; vocabulary?: Vocabulary<string> } {
  const ref = refName(property);
  if (ref === 'Timestamp') return { kind: 'timestamp' };
  const vocabulary = vocabularyOf(ref);
  if (vocabulary) return { kind: 'term', vocabulary };
  if (property['type'] === 'array') {
    const items = property['items'] as SchemaObject | undefined;
    const itemVocabulary = vocabularyOf(refName(items));
    if (itemVocabulary) return { kind: 'terms', vocabulary: itemVocabulary };
    return items?.['type'] === 'string' ? { kind: 'list' } : { kind: 'json' };
  }
  if (property['format'] === 'date') return { kind: 'date' };
  return { kind: 'text' };
}

/**
 * The columns of an items spreadsheet, read from the contract's `ItemInput`: one per field, an
 * object field (`division`) one per part (`divisionCode`, `divisionName`). New fields of the
 * contract become columns without a change here.
 */
export function itemColumns(): readonly ItemColumn[] {
  const input = schemas['ItemInput']!;
  const properties = input['properties'] as Record<string, SchemaObject>;
  return Object.entries(properties).flatMap(([field, property]): ItemColumn[] => {
    const target = schemas[refName(property) ?? ''];
    if (target?.['type'] === 'object' && target['properties'])
      return Object.keys(target['properties'] as object).map((part) => {
        const name = `${field}${capitalized(part)}`;
        return { name, path: [field, part], kind: 'text', chineseHeaders: CHINESE_HEADERS[name] ?? [] };
      });
    return [{ name: field, path: [field], ...kindOf(property), chineseHeaders: CHINESE_HEADERS[field] ?? [] }];
  });
}

/** The fields `ItemInput` requires, as column names (`division` → its parts). */
export function requiredColumns(columns: readonly ItemColumn[]): readonly ItemColumn[] {
  const required = new Set((schemas['ItemInput']!['required'] as string[] | undefined) ?? []);
  return columns.filter((column) => required.has(column.path[0]!));
}

/** The column a header names: the English name or a Chinese header, compared loosely (`标题 `, `Title`). */
export function columnForHeader(columns: readonly ItemColumn[], header: string): ItemColumn | undefined {
  const key = labelKey(header.replace(/[*＊]/g, ''));
  return columns.find((column) => labelKey(column.name) === key || column.chineseHeaders.some((chinese) => labelKey(chinese) === key));
}

/** How a problem names a column to the person who fixes it: `发布日期 (publishedAt)`. */
export function columnLabel(column: ItemColumn, header?: string): string {
  const shown = header ?? column.chineseHeaders[0];
  return shown && labelKey(shown) !== labelKey(column.name) ? `${shown} (${column.name})` : column.name;
}
