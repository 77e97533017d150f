import { notFound, type DepartmentContext } from '../department-context';
import type { OperationHandlers } from '../operation-router';

export function departmentHandlers(context: DepartmentContext): Pick<OperationHandlers, 'listDepartments' | 'getDepartment'> {
  return {
    async listDepartments() {
      return { json: { data: [context.department], meta: {}, links: {} } };
    },
    async getDepartment({ path }) {
      if (path.departmentId !== context.department.id)
        throw notFound('department', `${path.departmentId} here (this server answers for ${context.department.id})`);
      return { json: context.department };
    },
  };
}
