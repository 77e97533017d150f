import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';

export const STAFF_TOKEN = 'conformance-staff-token-0123456789';

/** A sample department of the department kit, in memory, on a free loopback port. */
export function startSampleDepartment(sample: string): Promise<RunningDepartment> {
  return startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [STAFF_TOKEN] });
}
