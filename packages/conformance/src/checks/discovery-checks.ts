import { validateSchema, type Department } from '@gongkai/spec';
import { bodyJson } from '../http/exchange';
import { passed, type Check } from '../run/check';
import { failure, unexpectedAnswer } from '../run/failure';

/** The first request of a run: which departments the target serves. Nothing else runs without it. */
export const discoveryCheck: Check = {
  id: 'discovery.departments',
  area: 'discovery',
  title: 'GET /v1/departments names the departments served here',
  async run(context) {
    const exchange = await context.read('listDepartments');
    if (exchange.response.status !== 200)
      return { status: 'failed', failures: [unexpectedAnswer(exchange, '200 application/json with a DepartmentList')] };
    const body = bodyJson(exchange.response);
    const list = validateSchema('DepartmentList', body);
    if (!list.ok)
      return {
        status: 'failed',
        failures: [
          failure(
            `the answer is not a DepartmentList (${list.errors
              .slice(0, 3)
              .map((e) => `${e.pointer} ${e.message}`)
              .join('; ')})`,
            'a DepartmentList',
            exchange,
          ),
        ],
      };
    const departments: Department[] = list.value.data;
    if (departments.length === 0)
      return { status: 'failed', failures: [failure('the list of departments is empty', 'at least the department itself', exchange)] };
    context.departments = departments;
    return passed(departments.map((department) => department.id).join(', '));
  },
};
