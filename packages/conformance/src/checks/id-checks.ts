import { listOperations, type ListOperation } from '../contract/list-operations';
import { propertiesOf } from '../contract/schema-properties';
import { skipped, verdict, type Check } from '../run/check';
import { failure, type Failure } from '../run/failure';

const MAX_SHOWN = 5;

/** The id fields of a record that its department issued: its own `id`, and the `resourceId` a change is about. */
const OWN_ID_FIELDS = ['id', 'resourceId'];

function idCheck(list: ListOperation): Check {
  const fields = OWN_ID_FIELDS.filter((field) => field in propertiesOf(list.recordSchema));
  return {
    id: `ids.department-prefix:${list.operation.operationId}`,
    area: 'ids',
    title: `GET ${list.operation.path}: every id starts with the id of a department served here and a colon`,
    async run(context) {
      const walk = await context.walk(list.operation.operationId, { path: (await context.pathValues(list.operation)) ?? {} });
      if (walk.records.length === 0) return skipped(walk.failures.length ? 'the list could not be read (see lists)' : 'the list is empty');
      const failures: Failure[] = [];
      for (const record of walk.records) {
        const department = record['departmentId'];
        if (typeof department !== 'string' || !context.departmentIds.includes(department)) {
          failures.push(
            failure(
              `record ${String(record['id'])} has departmentId ${JSON.stringify(department)}`,
              `one of ${context.departmentIds.join(', ')} (GET /v1/departments)`,
            ),
          );
          continue;
        }
        for (const field of fields) {
          const id = record[field];
          if (typeof id === 'string' && !id.startsWith(`${department}:`))
            failures.push(
              failure(
                `${field} "${id}" does not start with "${department}:"`,
                `<departmentId>:<local> — the gateway routes a single resource by this prefix`,
              ),
            );
        }
      }
      const shown = failures.slice(0, MAX_SHOWN);
      if (failures.length > MAX_SHOWN) shown.push({ message: `and ${failures.length - MAX_SHOWN} more` });
      return verdict(shown, `${walk.records.length} records`);
    },
  };
}

/** The id rule for every list whose records carry a department: `<departmentId>:<local>`. */
export const idChecks: Check[] = listOperations.filter((list) => 'departmentId' in propertiesOf(list.recordSchema)).map(idCheck);
