import type { Context } from 'koa';
import type { Department } from '@gongkai/spec';
import { parseDepartmentJson } from '../../departments/department-client';
import { departmentHealth } from '../../departments/department-health';
import { failureOf, type DepartmentFailure } from '../../departments/department-failure';
import type { GatewayContext } from '../../gateway-context';
import { sendJson } from '../send-cached';
import { UpstreamError } from '../../departments/upstream-error';

/**
 * `GET /v1/departments`: every configured department's own description, with `health` from the
 * gateway's circuit breakers. Descriptions come through the response cache (a department that is
 * down is still described from the stale copy); health is live, so the answer itself is not cached.
 */
export async function answerDepartments(ctx: Context, gateway: GatewayContext): Promise<void> {
  const failures: DepartmentFailure[] = [];
  const described = await Promise.all(
    gateway.registry.ids.map(async (id) => {
      try {
        const result = await gateway.cache.get(`department:${id}`, async () => {
          const client = gateway.registry.require(id);
          const response = await client.request({ method: 'GET', path: `/v1/departments/${encodeURIComponent(id)}` });
          if (response.status !== 200) throw new UpstreamError(id, 'badAnswer', `answered ${response.status} for its own description`);
          parseDepartmentJson<Department>(id, response);
          return { status: 200, contentType: 'application/json', body: response.body };
        });
        return JSON.parse(result.response.body.toString('utf8')) as Department;
      } catch (error) {
        failures.push(failureOf(id, error));
        return undefined;
      }
    }),
  );
  const now = gateway.now();
  const data = described.flatMap((department) => {
    if (!department) return [];
    const { health: _ignored, ...rest } = department;
    return [{ ...rest, health: departmentHealth(gateway.breakers.for(department.id).snapshot(), now) }];
  });
  sendJson(ctx, { data, meta: failures.length ? { partial: true, failures } : {}, links: {} }, 'no-cache');
}
