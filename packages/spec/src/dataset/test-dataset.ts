import { validateDataset } from './validate-dataset';
import type { DepartmentDataset } from './types';

/** A small dataset with one record of each kind, valid as it stands; each test breaks one rule. */
export function dataset(): DepartmentDataset {
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
        updates: [
          {
            at: '2026-04-01T09:00:00+08:00',
            item: {
              title: '（修订）',
              category: 'regulations',
              validity: 'amended',
              issuingBody: '彰武县人民政府',
              division,
              level: 'county',
              formedAt: '2026-03-30',
            },
          },
        ],
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
        updates: [
          {
            at: '2026-04-10T08:00:00+08:00',
            alert: {
              type: 'naturalDisaster',
              event: '森林火险',
              severity: 'orange',
              headline: '升级为橙色预警',
              description: '风力加大。',
              instructions: '严禁野外用火。',
              areas: [division],
              expiresAt: '2026-04-12T18:00:00+08:00',
            },
          },
        ],
        cancellation: { at: '2026-04-11T18:00:00+08:00', reason: '降雨后火险等级下降，解除预警。' },
      },
    ],
    feedback: [
      {
        id: 'ln-zhangwu:fb-2026-000001',
        submittedAt: '2026-05-15T10:20:00+08:00',
        submission: {
          departmentId: 'ln-zhangwu',
          kind: 'consultation',
          subject: '公积金提取咨询',
          content: '请问租房提取住房公积金需要哪些材料？',
          submitter: { realName: true, name: '李华', phone: '13900000000' },
        },
        stages: [
          { stage: 'accepted', at: '2026-05-15T10:30:00+08:00' },
          { stage: 'replied', at: '2026-05-18T15:40:00+08:00' },
        ],
        reply: {
          at: '2026-05-18T15:40:00+08:00',
          reply: { content: '您好，需提供身份证和租房合同。', repliedBy: '彰武县住房公积金管理部' },
        },
        rating: { at: '2026-05-19T09:00:00+08:00', rating: { level: 5 } },
      },
    ],
    requests: [
      {
        trackingNumber: 'ln-zhangwu:YSQ-2026-000001',
        submittedAt: '2026-05-11T10:12:00+08:00',
        registration: {
          applicant: {
            type: 'naturalPerson',
            name: '张明',
            identityProof: { kind: 'residentIdCard', number: '210922199001011234' },
            contact: { phone: '13800000000' },
          },
          description: '申请公开2025年度彰武县“三公”经费决算明细。',
          form: 'electronic',
          delivery: 'email',
          channel: 'online',
          confirmedOn: '2026-05-11',
        },
        events: [
          { type: 'supplementRequested', on: '2026-05-12', corrections: ['请写明所需信息的年度'], supplementDueOn: '2026-05-26' },
          { type: 'supplementReceived', on: '2026-05-14' },
          { type: 'decided', on: '2026-05-28', decision: { outcome: 'granted' } },
        ],
      },
    ],
  };
}

/** The errors of a dataset, or none when it is valid. */
export function errorsOf(json: unknown) {
  const result = validateDataset(json);
  return result.ok ? [] : result.errors;
}
