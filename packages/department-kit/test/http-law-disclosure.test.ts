// Golden cases for proactive disclosure (issue 11), worked by hand from the Regulations with the
// chinese-days 1.5.7 calendar (2026-02-15…23 rest, Sat 02-14 and Sat 02-28 work).
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATASET_FORMAT,
  validateSchema,
  type Change,
  type ComplianceScoreboard,
  type Department,
  type DepartmentDataset,
  type DisclosureItem,
  type ItemRevision,
} from '@gongkai/spec';
import { createDepartmentApp } from '../src/http/create-department-app';
import { importDataset } from '../src/dataset/import-dataset';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { department, itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const township: Omit<Department, 'health'> = {
  ...department,
  id: 'ln-test',
  name: '彰武县测试镇人民政府',
  kind: 'peoplesGovernment',
  level: 'township',
  division: { code: '210922105', name: '彰武县测试镇' },
};

describe('proactive disclosure over HTTP (issue 11 goldens)', () => {
  let server: TestDepartment;
  afterEach(() => server.close());

  async function publish(overrides: Parameters<typeof itemInput>[0]): Promise<DisclosureItem> {
    const response = await server.request('/v1/admin/items', { admin: true, json: itemInput(overrides) });
    expect(response.status, await response.clone().text()).toBe(201);
    const item = (await response.json()) as DisclosureItem;
    expect(validateSchema('DisclosureItem', item).ok).toBe(true);
    return item;
  }

  async function compliance(asOf: string): Promise<ComplianceScoreboard['departments'][number]> {
    const response = await server.request(`/v1/compliance?asOf=${asOf}`);
    expect(response.status).toBe(200);
    const board = (await response.json()) as ComplianceScoreboard;
    expect(validateSchema('ComplianceScoreboard', board).ok).toBe(true);
    return board.departments[0]!;
  }

  it('Art. 26: the publication time is the kit’s, not back-datable; an earlier gazette publication is declared beside it', async () => {
    server = await startDepartment({ now: '2026-03-20T09:00:00+08:00' });
    const backDated = await server.request('/v1/admin/items', {
      admin: true,
      json: itemInput({ formedAt: '2026-02-02', writtenOn: '2026-02-02', publishedAt: '2026-02-03T09:00:00+08:00' }),
    });
    expect(backDated.status).toBe(422);
    expect(await backDated.json()).toMatchObject({ rule: 'PUBLICATION_TIME_RECORDED', errors: [{ pointer: '/publishedAt' }] });

    const item = await publish({
      formedAt: '2026-02-02',
      writtenOn: '2026-02-02',
      publishedElsewhere: { publishedOn: '2026-02-10', where: '《辽宁省人民政府公报》2026年第4期' },
    });
    // Formed Mon 02-02; recorded 03-20: 02-03…06 (4), 09…13 (9), Sat 14 (10), 24…27 (14), Sat 28 (15),
    // 03-02…06 (20: due 03-06), 09…13 (25), 16…20 (30). The gazette of Tue 02-10 took 6.
    expect(item).toMatchObject({
      publishedAt: '2026-03-20T09:00:00+08:00',
      updatedAt: '2026-03-20T09:00:00+08:00',
      publicationRecord: 'recorded',
      publishedElsewhere: { publishedOn: '2026-02-10' },
      timeliness: {
        dueOn: '2026-03-06',
        workingDaysTaken: 30,
        onTime: false,
        basis: 'measured',
        limitWorkingDays: 20,
        declaredElsewhere: { publishedOn: '2026-02-10', workingDaysTaken: 6, onTime: true },
      },
    });
    const history = (await (await server.request(`/v1/items/${item.id}/history`)).json()) as { data: ItemRevision[] };
    expect(history.data[0]?.recordedAt).toBe('2026-03-20T09:00:00+08:00');
    const changes = (await (await server.request('/v1/changes')).json()) as { data: Change[] };
    expect(changes.data.find((c) => c.resourceId === item.id)?.occurredAt).toBe('2026-03-20T09:00:00+08:00');
    // Measured late; the gazette publication counted only as declared.
    expect((await compliance('2026-03-20')).timeliness).toMatchObject({
      measured: 1,
      onTime: 0,
      late: 1,
      declared: { items: 1, onTime: 1, late: 0 },
      lateItems: [{ id: item.id, workingDaysTaken: 30, limitWorkingDays: 20, basis: 'measured' }],
    });
    const outOfRange = await server.request('/v1/admin/items', {
      admin: true,
      json: itemInput({ formedAt: '2026-02-02', publishedElsewhere: { publishedOn: '2026-03-21', where: '公报' } }),
    });
    expect(await outOfRange.json()).toMatchObject({ errors: [{ pointer: '/publishedElsewhere/publishedOn' }] });
  });

  it('Art. 26: an imported catalogue keeps its earlier system’s times, labelled imported, reported as declared and never as measured', async () => {
    server = await startDepartment({ now: '2026-03-20T09:00:00+08:00' });
    const dataset: DepartmentDataset = {
      format: DATASET_FORMAT,
      department,
      items: [
        {
          item: {
            ...itemInput({ formedAt: '2025-06-02', writtenOn: '2025-06-02' }),
            id: 'ln-test:2025-000001',
            publishedAt: '2025-06-10T09:00:00+08:00',
          },
        },
      ],
      fees: [],
      budgets: [],
      alerts: [],
      feedback: [],
      requests: [],
    };
    await importDataset(server.store, dataset, 'migration.json');
    const imported = (await (await server.request('/v1/items/ln-test:2025-000001')).json()) as DisclosureItem;
    // 2025-06-02 → 06-10: 06-03…06, 09, 10 = 6 working days (Dragon Boat 05-31…06-02 before it).
    expect(imported).toMatchObject({
      publishedAt: '2025-06-10T09:00:00+08:00',
      publicationRecord: 'imported',
      timeliness: { workingDaysTaken: 6, onTime: true, basis: 'declared' },
    });
    expect((await compliance('2026-03-20')).timeliness).toMatchObject({ measured: 0, declared: { items: 1, onTime: 1, late: 0 } });
  });

  it('Art. 21: a township is held to its sentence of Art. 21 and shows its gaps; a village to nothing', async () => {
    server = await startDepartment({ department: township, now: '2026-03-20T09:00:00+08:00' });
    const homestead = await publish({
      title: '测试镇2026年第一批农村宅基地审批结果公示',
      genre: 'licensingDecision',
      category: 'homesteadApproval',
      documentNumber: undefined,
      level: 'township',
      division: township.division,
      formedAt: '2026-03-16',
      writtenOn: '2026-03-16',
    });
    const categories = new Map((await compliance('2026-03-20')).categories.map((c) => [c.category, c]));
    expect(categories.get('homesteadApproval')).toMatchObject({
      required: true,
      itemCount: 1,
      status: 'current',
      latestPublishedAt: homestead.publishedAt,
    });
    for (const gap of [
      'agriculturalRuralPolicies',
      'farmlandIrrigation',
      'ruralLandContractTransfer',
      'labourAndFundRaising',
      'landExpropriation',
      'housingExpropriation',
      'socialAssistance',
      'statistics',
    ] as const)
      expect(categories.get(gap), gap).toMatchObject({ required: true, status: 'empty' });
    for (const notOurs of ['municipalConstruction', 'publicServices', 'publicWelfare', 'publicSecurityAdministration'] as const)
      expect(categories.get(notOurs), notOurs).toMatchObject({ required: false });
    await server.close();

    server = await startDepartment({
      department: { ...township, name: '测试村', level: 'village', division: { code: '210922105201', name: '测试村' } },
    });
    const village = (await compliance('2026-03-20')).categories;
    expect(village.filter((c) => c.required)).toEqual([]);
  });

  it('Art. 26: an operator’s shorter legal limit for a category is what its items are measured against', async () => {
    server = await startDepartment({ now: '2026-03-12T09:00:00+08:00', publicationLimits: { licensing: 7 } });
    // Formed Mon 03-02, recorded Thu 03-12: 03-03…06, 09, 10, 11, 12 = 8 working days; 7 end on 03-11.
    const licence = await publish({
      title: '行政许可决定公示',
      genre: 'licensingDecision',
      category: 'licensing',
      documentNumber: undefined,
      formedAt: '2026-03-02',
      writtenOn: '2026-03-02',
    });
    expect(licence.timeliness).toMatchObject({ dueOn: '2026-03-11', workingDaysTaken: 8, onTime: false, limitWorkingDays: 7 });
    const rule = await publish({ formedAt: '2026-03-02', writtenOn: '2026-03-02' });
    expect(rule.timeliness).toMatchObject({ workingDaysTaken: 8, onTime: true, limitWorkingDays: 20 });
    expect((await compliance('2026-03-12')).timeliness).toMatchObject({
      measured: 2,
      onTime: 1,
      late: 1,
      lateItems: [{ id: licence.id, limitWorkingDays: 7 }],
    });
    const store = openSqliteStore(':memory:');
    expect(() => createDepartmentApp({ department, store, adminTokens: [], publicationLimits: { licensing: 25 } })).toThrow(
      'publication limit for licensing: 25 is not 0 to 20 working days',
    );
    await store.close();
  });
});
