import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Department, DisclosureItem, ItemInput } from '@gongkai/spec';
import { chineseDaysCalendar } from '../../src/calendar/chinese-days-calendar';
import { newItem } from '../../src/items/item-record';

export const department: Omit<Department, 'health'> = {
  id: 'ln-test',
  name: '辽宁省测试厅',
  kind: 'governmentDepartment',
  level: 'provincial',
  division: { code: '210000', name: '辽宁省' },
  unifiedSocialCreditCode: '11210000000000012X',
  disclosureOffice: {
    name: '辽宁省测试厅政务公开办公室',
    address: '辽宁省沈阳市和平区北五马路8号',
    officeHours: '工作日 8:30-11:30，13:00-16:30',
    phone: '024-22000000',
    acceptedChannels: ['inPerson', 'postSigned', 'online'],
  },
  guide: { summary: '本指南说明本机关主动公开信息的分类和获取方式。', updatedAt: '2026-01-15T09:00:00+08:00' },
};

export function itemInput(overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    title: '辽宁省测试厅关于印发《住房公积金管理办法》的通知',
    summary: '明确住房公积金缴存、提取和使用的管理要求。',
    body: '第一条 为了加强住房公积金管理，制定本办法。\n\n第二条 本办法适用于本省行政区域内住房公积金的缴存、提取、使用和管理。',
    documentNumber: '辽测〔2026〕12号',
    genre: 'normativeDocument',
    category: 'regulations',
    topics: ['housingProvidentFund'],
    keywords: ['住房公积金', '管理办法'],
    validity: 'valid',
    issuingBody: '辽宁省测试厅',
    division: { code: '210000', name: '辽宁省' },
    level: 'provincial',
    // Early enough for every publication date the tests use (an item is not published before it is formed).
    writtenOn: '2025-12-01',
    formedAt: '2025-12-01',
    ...overrides,
  };
}

let serial = 0;

/**
 * A stored-ready item: `itemInput` with an id and index number of its own, published `now`, or
 * at its `publishedAt` as an import keeps it.
 */
export function makeItem(overrides: Partial<ItemInput> = {}, now = '2026-03-10T09:30:00+08:00'): DisclosureItem {
  serial += 1;
  const id = overrides.id ?? `${department.id}:fixture-${String(serial).padStart(6, '0')}`;
  return newItem(itemInput(overrides), {
    departmentId: department.id,
    calendar: chineseDaysCalendar,
    id,
    indexNumber: `IDX/${id}`,
    now,
    imported: overrides.publishedAt !== undefined,
  });
}

/** A fresh temporary directory, removed by the returned function. */
export function temporaryDirectory(prefix = 'gongkai-dk-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
