import { randomBytes } from 'node:crypto';
import type { ParameterObject } from '@gongkai/spec';
import { referencedName } from './schema-properties';

/** A value of the right shape for an id parameter that no department issued (`ln-finance:conformance-absent-1a2b3c4d`). */
export function absentId(parameter: ParameterObject, departmentId: string): string {
  const local = `conformance-absent-${randomBytes(4).toString('hex')}`;
  return referencedName(parameter.schema) === 'DepartmentId' ? local : `${departmentId}:${local}`;
}
