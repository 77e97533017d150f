import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDepartment } from '@gongkai/department-kit';
import { runConformance } from '../src/index';
import { catalogue } from '../src/checks/catalogue';
import { publicReads } from '../src/contract/list-operations';
import { startBrokenDepartment, type Fault } from './support/broken-department';
import { missingEtag, personalDataWithoutToken, repeatingPagination, serverErrorOnBadInput, wrongFieldTypes } from './support/faults';
import { startSampleDepartment, STAFF_TOKEN } from './support/sample-department';

const takesLimit = publicReads()
  .filter((operation) => operation.parameters.some((parameter) => parameter.name === 'limit'))
  .map((operation) => operation.operationId);

interface Broken {
  readonly name: string;
  readonly fault: Fault;
  /** Exactly the checks that must fail, and a phrase each failure report must contain. */
  readonly failing: readonly string[];
  readonly says: string;
}

const broken: Broken[] = [
  {
    name: 'sends revision as a string',
    fault: wrongFieldTypes,
    failing: ['contract.listItems', 'contract.getItem'],
    says: '/revision must be integer',
  },
  {
    name: 'repeats an item across pages',
    fault: repeatingPagination,
    // Its CSV pages (the real department's) then disagree with its JSON pages, as they should.
    failing: ['lists.cursor-walk:listItems', 'lists.sort-order:listItems', 'representations.csv:listItems'],
    says: 'again on page',
  },
  {
    name: 'answers 500 to a bad limit',
    fault: serverErrorOnBadInput,
    failing: [...takesLimit.map((id) => `bad-input.parameters:${id}`), ...takesLimit.map((id) => `contract.${id}`)],
    says: '500',
  },
  {
    name: 'sends no ETag',
    fault: missingEtag,
    failing: [
      ...catalogue.filter((check) => check.id.startsWith('conditional.')).map((check) => check.id),
      'writes.request-access:getRequest',
    ],
    says: 'no ETag header',
  },
  {
    name: 'shows a request’s personal data without its token',
    fault: personalDataWithoutToken,
    failing: ['writes.request-access:getRequest', 'privacy.no-personal-data'],
    says: 'a public answer shows',
  },
];

describe('deliberately broken departments', () => {
  let real: RunningDepartment;
  beforeAll(async () => {
    real = await startSampleDepartment('ln-zhangwu');
  });
  afterAll(() => real.close());

  it.each(broken)('fails a department that $name, naming the fault and nothing else', async ({ fault, failing, says }) => {
    const department = await startBrokenDepartment(real.url, fault);
    try {
      const report = await runConformance({ baseUrl: department.url, token: STAFF_TOKEN, allowWrites: true });
      const failed = report.results.filter((result) => result.status === 'failed');
      expect(failed.map((result) => result.id).sort()).toEqual([...failing].sort());
      expect(report.conforming).toBe(false);
      const text = JSON.stringify(failed.map((result) => result.failures));
      expect(text).toContain(says);
      // Every failure that stems from an answer shows the request that got it.
      for (const result of failed)
        expect(
          result.failures.some((f) => f.request && f.received),
          result.id,
        ).toBe(true);
    } finally {
      await department.close();
    }
  });
});
