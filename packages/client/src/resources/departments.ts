import type { Department, DepartmentList } from '@gongkai/spec';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';

/** The disclosure bodies behind the API, with their disclosure offices and guides (Art. 12). */
export interface DepartmentsResource {
  /** Every department; through a gateway each carries `health` (whether it answers now). */
  list(options?: CallOptions): Promise<DepartmentList>;
  get(departmentId: string, options?: CallOptions): Promise<Department>;
}

export function departmentsResource(t: Transport): DepartmentsResource {
  return {
    list: (options) => unwrap(t.api.GET('/v1/departments', { ...options })),
    get: (departmentId, options) => unwrap(t.api.GET('/v1/departments/{departmentId}', { params: { path: { departmentId } }, ...options })),
  };
}
