import { describe, expect, it } from 'vitest';
import { pathOf, validateDataset, type DepartmentDataset } from './dataset';

/** A small dataset with one record of each kind, valid as it stands; each test breaks one rule. */
function dataset(): DepartmentDataset {
  const division = { code: '210922', name: '彰武县' };
  return {
    format: 'gongkai-dataset@1',
    department: {
      id: 'ln-zhangwu',
      name: '彰武县人民政府',
      kind: 'peoplesGovernment',
      level: 'county',
      division,
      disclosureOffice: {
        name: '彰武县人民政府办公室',
        address: '辽宁省阜新市彰武县彰武镇文化路1号',
        officeHours: '工作日 8:30-11:30，13:30-17:00',
        phone: '0418-7000000',
        acceptedChannels: ['inPerson', 'postSigned', 'online'],
      },
      guide: { summary: '说明主动公开信息的分类和获取方式。', updatedAt: '2026-02-01T10:00:00+08:00' },
    },
    items: [
      {
        item: {
          id: 'ln-zhangwu:2026-000001',
          title: '彰武县人民政府关于印发《彰武县住房公积金提取管理办法》的通知',
          documentNumber: '彰政发〔2026〕3号',
          genre: 'normativeDocument',
          category: 'regulations',
          validity: 'valid',
          issuingBody: '彰武县人民政府',
          division,
          level: 'county',
          formedAt: '2026-03-02',
          publishedAt: '2026-03-09T09:00:00+08:00',
          interpretationId: 'ln-zhangwu:2026-000002',
        },
        updates: [{ at: '2026-04-01T09:00:00+08:00', item: { title: '（修订）', category: 'regulations', validity: 'amended', issuingBody: '彰武县人民政府', division, level: 'county', formedAt: '2026-03-30' } }],
      },
      {
        item: {
          id: 'ln-zhangwu:2026-000002',
          title: '政策解读：《彰武县住房公积金提取管理办法》',
          genre: 'interpretation',
          category: 'regulations',
          validity: 'valid',
          issuingBody: '彰武县人民政府',
          division,
          level: 'county',
          formedAt: '2026-03-02',
          publishedAt: '2026-03-09T09:05:00+08:00',
          interpretsId: 'ln-zhangwu:2026-000001',
        },
        withdrawal: { at: '2026-05-01T09:00:00+08:00', reason: '解读内容已随文件修订更新。' },
      },
    ],
    fees: [
      {
        fee: {
          id: 'ln-zhangwu:fee-0001',
          name: '不动产登记费（住宅类）',
          standard: { amount: '80.00', unit: '元/件' },
          legalBasis: ['《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'],
          approvingAuthority: '国家发展改革委、财政部',
          division,
          level: 'county',
          validFrom: '2026-01-01',
          validTo: '2027-12-31',
          publishedAt: '2026-01-05T09:00:00+08:00',
        },
      },
    ],
    budgets: [
      {
        budget: {
          id: 'ln-zhangwu:budget-2026',
          year: 2026,
          kind: 'budget',
          title: '彰武县人民政府2026年部门预算',
          total: '300.00',
          revenue: [{ code: '103', name: '非税收入', amount: '300.00' }],
          expenditure: [
            { code: '201', name: '一般公共服务支出', amount: '200.10' },
            { code: '20103', name: '政府办公厅（室）及相关机构事务', amount: '200.10' },
            { code: '224', name: '灾害防治及应急管理支出', amount: '99.90' },
          ],
          threePublicExpenses: {
            total: '60.00',
            travelAbroad: '0.00',
            vehicles: { total: '50.00', purchase: '20.00', operation: '30.00' },
            receptions: '10.00',
          },
          publishedAt: '2026-02-10T09:00:00+08:00',
        },
      },
    ],
    alerts: [
      {
        alert: {
          id: 'ln-zhangwu:alert-2026-0001',
          type: 'naturalDisaster',
          event: '森林火险',
          severity: 'yellow',
          headline: '彰武县发布森林火险黄色预警',
          description: '未来三天我县大部地区气温偏高、风力较大。',
          instructions: '严禁野外用火。',
          areas: [division],
          issuedAt: '2026-04-09T08:00:00+08:00',
          expiresAt: '2026-04-12T18:00:00+08:00',
        },
        updates: [{ at: '2026-04-10T08:00:00+08:00', alert: { type: 'naturalDisaster', event: '森林火险', severity: 'orange', headline: '升级为橙色预警', description: '风力加大。', instructions: '严禁野外用火。', areas: [division], expiresAt: '2026-04-12T18:00:00+08:00' } }],
        cancellation: { at: '2026-04-11T18:00:00+08:00', reason: '降雨后火险等级下降，解除预警。' },
      },
    ],
    feedback: [
      {
        id: 'ln-zhangwu:fb-2026-000001',
        submittedAt: '2026-05-15T10:20:00+08:00',
        submission: { departmentId: 'ln-zhangwu', kind: 'consultation', subject: '公积金提取咨询', content: '请问租房提取住房公积金需要哪些材料？', submitter: { realName: true, name: '李华', phone: '13900000000' } },
        stages: [
          { stage: 'accepted', at: '2026-05-15T10:30:00+08:00' },
          { stage: 'replied', at: '2026-05-18T15:40:00+08:00' },
        ],
        reply: { at: '2026-05-18T15:40:00+08:00', reply: { content: '您好，需提供身份证和租房合同。', repliedBy: '彰武县住房公积金管理部' } },
        rating: { at: '2026-05-19T09:00:00+08:00', rating: { level: 5 } },
      },
    ],
    requests: [
      {
        trackingNumber: 'ln-zhangwu:YSQ-2026-000001',
        submittedAt: '2026-05-11T10:12:00+08:00',
        registration: {
          applicant: { type: 'naturalPerson', name: '张明', identityProof: { kind: 'residentIdCard', number: '210922199001011234' }, contact: { phone: '13800000000' } },
          description: '申请公开2025年度彰武县“三公”经费决算明细。',
          form: 'electronic',
          delivery: 'email',
          channel: 'online',
          confirmedOn: '2026-05-11',
        },
        events: [
          { type: 'supplementRequested', on: '2026-05-12', corrections: ['请写明所需信息的年度'] },
          { type: 'supplementReceived', on: '2026-05-14' },
          { type: 'decided', on: '2026-05-28', decision: { outcome: 'granted' } },
        ],
      },
    ],
  };
}

function errorsOf(json: unknown) {
  const result = validateDataset(json);
  return result.ok ? [] : result.errors;
}

describe('validateDataset', () => {
  it('accepts a dataset whose records and rules all hold, and returns it typed', () => {
    const result = validateDataset(dataset());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.dataset.department.id).toBe('ln-zhangwu');
  });

  it('reads JSON text too, and says when it is not JSON', () => {
    expect(validateDataset(JSON.stringify(dataset())).ok).toBe(true);
    expect(errorsOf('{"format":')).toEqual([{ path: '', message: expect.stringMatching(/^is not valid JSON/) }]);
  });

  it('copies the source file name onto every error', () => {
    const result = validateDataset({ ...dataset(), format: 'other' }, 'ln-zhangwu.json');
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'format', message: 'must be "gongkai-dataset@1"', source: 'ln-zhangwu.json' }]);
  });

  describe('the envelope', () => {
    it('names a missing kind, an unknown top-level field and an entry that is not an object', () => {
      const { fees: _fees, ...withoutFees } = dataset();
      expect(errorsOf({ ...withoutFees, extra: 1, budgets: [42] })).toEqual([
        { path: 'extra', message: 'is not a known field' },
        { path: 'fees', message: 'is required (an empty array when there is nothing)' },
        { path: 'budgets[0]', message: 'must be an object' },
      ]);
    });

    it('rejects the gateway-only health of a department', () => {
      const data = dataset();
      expect(errorsOf({ ...data, department: { ...data.department, health: { status: 'up' } } }).map((e) => e.path)).toContain('department.health');
    });

    it('requires the id and publication time an import keeps', () => {
      const data = dataset();
      delete (data.items[0]!.item as { publishedAt?: string }).publishedAt;
      delete (data.alerts[0]!.alert as { id?: string }).id;
      expect(errorsOf(data)).toEqual([
        { path: 'items[0].item.publishedAt', message: 'is required in a dataset (an import keeps its ids and publication times)' },
        { path: 'alerts[0].alert.id', message: 'is required in a dataset (an import keeps its ids and publication times)' },
      ]);
    });

    it('requires a withdrawal to state its reason', () => {
      const data = dataset();
      data.fees[0]!.withdrawal = { at: '2026-06-01T09:00:00+08:00', reason: '' };
      expect(errorsOf(data)).toEqual([{ path: 'fees[0].withdrawal.reason', message: 'must be a non-empty string of at most 500 characters' }]);
    });
  });

  describe('every record against its schema', () => {
    it('translates the schema pointer into the record path', () => {
      const data = dataset();
      data.items[0]!.item.documentNumber = '彰政发[2026]003号';
      expect(errorsOf(data)).toEqual([{ path: 'items[0].item.documentNumber', message: expect.stringMatching(/^must match/) }]);
    });

    it('checks nested records: an update, a stage, a request event', () => {
      const data = dataset();
      data.items[0]!.updates![0]!.item.validity = 'gone' as never;
      data.feedback[0]!.stages![0]!.stage = 'lost' as never;
      data.requests[0]!.events[2]!.decision = { outcome: 'maybe' as never };
      expect(errorsOf(data).map((e) => e.path)).toEqual(['items[0].updates[0].item.validity', 'feedback[0].stages[0].stage', 'requests[0].events[2].decision.outcome']);
    });
  });

  describe('ids', () => {
    it('start with the department id and a colon', () => {
      const data = dataset();
      data.fees[0]!.fee.id = 'ln-finance:fee-0001';
      expect(errorsOf(data)).toEqual([{ path: 'fees[0].fee.id', message: 'must start with "ln-zhangwu:" (every id a department issues carries its prefix)' }]);
    });

    it('are unique per kind but may repeat across kinds', () => {
      const data = dataset();
      data.items.push({ ...data.items[1]!, item: { ...data.items[1]!.item } });
      data.feedback[0]!.id = 'ln-zhangwu:2026-000001';
      expect(errorsOf(data)).toEqual([{ path: 'items[2].item.id', message: 'duplicates the id of items[1] (ids are unique per kind)' }]);
    });

    it('link interpretations to items of the dataset', () => {
      const data = dataset();
      data.items[0]!.item.interpretationId = 'ln-zhangwu:2026-009999';
      data.items[1]!.item.interpretsId = 'ln-finance:2026-000001';
      expect(errorsOf(data)).toEqual([{ path: 'items[0].item.interpretationId', message: 'links to ln-zhangwu:2026-009999, which is not an item of this dataset' }]);
    });

    it('keep an update on the same item, and feedback on the same department', () => {
      const data = dataset();
      data.items[0]!.updates![0]!.item.id = 'ln-zhangwu:2026-000002';
      data.feedback[0]!.submission.departmentId = 'ln-finance';
      expect(errorsOf(data).map((e) => e.path)).toEqual(['items[0].updates[0].item.id', 'feedback[0].submission.departmentId']);
    });
  });

  describe('publication timeline', () => {
    it('publishes an item no earlier than it was formed', () => {
      const data = dataset();
      data.items[1]!.item.formedAt = '2026-03-10';
      expect(errorsOf(data)).toEqual([{ path: 'items[1].item.publishedAt', message: 'must not be before the item was formed (2026-03-10)' }]);
    });

    it('puts updates after publication and in order', () => {
      const data = dataset();
      const update = data.items[0]!.updates![0]!;
      data.items[0]!.updates = [update, { ...update, at: '2026-03-20T09:00:00+08:00' }];
      expect(errorsOf(data)).toEqual([{ path: 'items[0].updates[1].at', message: 'must be after the revision before it (2026-04-01T09:00:00+08:00)' }]);
      data.items[0]!.updates = [{ ...update, at: '2026-03-09T00:59:59Z' }];
      expect(errorsOf(data)).toEqual([{ path: 'items[0].updates[0].at', message: 'must be after the publication (2026-03-09T09:00:00+08:00)' }]);
    });

    it('puts a withdrawal after publication and after the last update', () => {
      const data = dataset();
      data.items[0]!.withdrawal = { at: '2026-03-15T09:00:00+08:00', reason: '文件已废止。' };
      data.fees[0]!.withdrawal = { at: '2025-12-31T09:00:00+08:00', reason: '收费项目已取消。' };
      expect(errorsOf(data)).toEqual([
        { path: 'items[0].withdrawal.at', message: 'must be after the revision before it (2026-04-01T09:00:00+08:00)' },
        { path: 'fees[0].withdrawal.at', message: 'must be after the publication (2026-01-05T09:00:00+08:00)' },
      ]);
    });

    it('ends a fee no earlier than it starts', () => {
      const data = dataset();
      data.fees[0]!.fee.validTo = '2025-12-31';
      expect(errorsOf(data)).toEqual([{ path: 'fees[0].fee.validTo', message: 'must not be before validFrom (2026-01-01)' }]);
    });

    it('issues, updates and cancels an alert in order, expiring after its issue', () => {
      const data = dataset();
      data.alerts[0]!.cancellation!.at = '2026-04-10T07:00:00+08:00';
      data.alerts[0]!.alert.expiresAt = '2026-04-09T07:00:00+08:00';
      expect(errorsOf(data)).toEqual([
        { path: 'alerts[0].alert.expiresAt', message: 'must be after issuedAt (2026-04-09T08:00:00+08:00)' },
        { path: 'alerts[0].cancellation.at', message: 'must be after the update before it (2026-04-10T08:00:00+08:00)' },
      ]);
    });
  });

  describe('budgets', () => {
    it('total the 3-digit expenditure lines, in fen', () => {
      const data = dataset();
      data.budgets[0]!.budget.total = '300.01';
      expect(errorsOf(data)).toEqual([{ path: 'budgets[0].budget.total', message: 'must equal the sum of the 3-digit expenditure lines (300.00)' }]);
    });

    it('add up the three public expenses', () => {
      const data = dataset();
      data.budgets[0]!.budget.threePublicExpenses.vehicles.total = '40.00';
      expect(errorsOf(data)).toEqual([
        { path: 'budgets[0].budget.threePublicExpenses.vehicles.total', message: 'must equal purchase + operation (50.00)' },
        { path: 'budgets[0].budget.threePublicExpenses.total', message: 'must equal travelAbroad + vehicles.total + receptions (50.00)' },
      ]);
    });

    it('have one budget per year and kind', () => {
      const data = dataset();
      data.budgets.push({ budget: { ...data.budgets[0]!.budget, id: 'ln-zhangwu:budget-2026b' } });
      expect(errorsOf(data)).toEqual([{ path: 'budgets[1].budget.kind', message: 'duplicates the 2026 budget of budgets[0] (one per year and kind)' }]);
    });
  });

  describe('feedback', () => {
    it('replies after the submission', () => {
      const data = dataset();
      data.feedback[0]!.reply!.at = '2026-05-15T10:00:00+08:00';
      expect(errorsOf(data)).toContainEqual({ path: 'feedback[0].reply.at', message: 'must be after the submission (2026-05-15T10:20:00+08:00)' });
    });

    it('moves stages forward through the loop, in time order', () => {
      const data = dataset();
      data.feedback[0]!.stages = [
        { stage: 'replied', at: '2026-05-15T10:30:00+08:00' },
        { stage: 'accepted', at: '2026-05-15T10:29:00+08:00' },
      ];
      expect(errorsOf(data)).toEqual([
        { path: 'feedback[0].stages[1].at', message: 'must be after the "replied" stage (2026-05-15T10:30:00+08:00)' },
        { path: 'feedback[0].stages[1].stage', message: expect.stringMatching(/^must come later in the loop accepted → dispatched → .* than "replied"$/) },
      ]);
    });

    it('rates a reply, after it', () => {
      const data = dataset();
      data.feedback[0]!.rating!.at = '2026-05-18T15:00:00+08:00';
      expect(errorsOf(data)).toEqual([{ path: 'feedback[0].rating.at', message: 'must be after the reply (2026-05-18T15:40:00+08:00)' }]);
      delete data.feedback[0]!.reply;
      expect(errorsOf(data)).toEqual([{ path: 'feedback[0].rating', message: 'needs a reply to rate (好差评 rates the reply)' }]);
    });
  });

  describe('requests', () => {
    it('carry the receipt evidence their channel needs (Art. 31)', () => {
      const data = dataset();
      data.requests[0]!.registration.channel = 'postSigned';
      expect(errorsOf(data)).toEqual([{ path: 'requests[0].registration.signedForOn', message: 'is required: it is the receipt date of a request received by postSigned (Art. 31)' }]);
    });

    it('are received no earlier than submitted', () => {
      const data = dataset();
      data.requests[0]!.registration.confirmedOn = '2026-05-10';
      expect(errorsOf(data)).toContainEqual({ path: 'requests[0].registration.confirmedOn', message: 'must not be before the submission (2026-05-11)' });
    });

    it('log events in date order, none before the receipt', () => {
      const data = dataset();
      const events = data.requests[0]!.events;
      events[0]!.on = '2026-05-10';
      events[2]!.on = '2026-05-13';
      expect(errorsOf(data)).toEqual([
        { path: 'requests[0].events[0].on', message: 'must not be before the receipt on 2026-05-11 (Art. 31)' },
        { path: 'requests[0].events[2].on', message: 'must not be before the event before it (2026-05-14): events are in date order' },
      ]);
    });

    it('give each event what it needs, and every non-granted reply its reasons, articles and remedies', () => {
      const data = dataset();
      data.requests[0]!.events = [
        { type: 'extended', on: '2026-05-20', workingDays: 10 },
        { type: 'decided', on: '2026-05-28', decision: { outcome: 'unable.notHeld', reasons: '本机关不掌握该信息。' } },
      ];
      expect(errorsOf(data)).toEqual([
        { path: 'requests[0].events[0].reason', message: 'is required for a "extended" event' },
        { path: 'requests[0].events[1].decision.articles', message: 'is required when the outcome is not "granted" (the reply states reasons, articles and remedies)' },
        { path: 'requests[0].events[1].decision.remedies', message: 'is required when the outcome is not "granted" (the reply states reasons, articles and remedies)' },
      ]);
    });
  });
});

describe('pathOf', () => {
  it('writes indices in brackets and odd keys quoted', () => {
    expect(pathOf('/items/3/item/documentNumber')).toBe('items[3].item.documentNumber');
    expect(pathOf('/a~1b/0')).toBe('["a/b"][0]');
    expect(pathOf('')).toBe('');
  });
});
