import type { Department } from '@gongkai/spec';
import type { GatewayContext } from '../gateway-context';
import { DATED_BY, RECORD_KINDS, type DepartmentFacts, type KindFacts, type RecordKind } from './catalog-facts';

/**
 * Asks every department who it is and, per kind of record, for its newest record (and, for items,
 * which can be listed oldest first, its oldest): the temporal coverage of each dataset. A
 * department that does not answer is left out of this catalogue (`missing` names it), a kind it
 * holds no record of gets no dataset.
 */
export async function gatherCatalogFacts(gateway: GatewayContext): Promise<{ departments: DepartmentFacts[]; missing: string[] }> {
  const missing: string[] = [];
  const found = await Promise.all(
    gateway.registry.ids.map(async (id) => {
      try {
        return await departmentFacts(gateway, id);
      } catch {
        missing.push(id);
        return undefined;
      }
    }),
  );
  return { departments: found.filter((facts): facts is DepartmentFacts => facts !== undefined), missing };
}

async function departmentFacts(gateway: GatewayContext, id: string): Promise<DepartmentFacts> {
  const client = gateway.registry.require(id);
  const read = async <T>(path: string, query?: Record<string, string>): Promise<T> => {
    const response = await client.request({ method: 'GET', path, ...(query ? { query: new URLSearchParams(query) } : {}) });
    if (response.status !== 200) throw new Error(`${id} answered ${response.status} for ${path}`);
    return JSON.parse(response.body.toString('utf8')) as T;
  };
  const newest = async (kind: RecordKind, sort?: string): Promise<string | undefined> => {
    const page = await read<{ data: Record<string, unknown>[] }>(`/v1/${kind}`, { limit: '1', ...(sort ? { sort } : {}) });
    const value = page.data[0]?.[DATED_BY[kind]];
    return typeof value === 'string' ? value : undefined;
  };
  const [department, kinds] = await Promise.all([
    read<Department>(`/v1/departments/${encodeURIComponent(id)}`),
    Promise.all(
      RECORD_KINDS.map(async (kind): Promise<KindFacts | undefined> => {
        const latest = await newest(kind);
        if (latest === undefined) return undefined;
        const earliest = kind === 'items' ? await newest(kind, DATED_BY.items) : undefined;
        return { kind, latest, ...(earliest ? { earliest } : {}) };
      }),
    ),
  ]);
  const office = department.disclosureOffice;
  return {
    id,
    name: department.name,
    ...(department.nameEn ? { nameEn: department.nameEn } : {}),
    ...(department.website ? { website: department.website } : {}),
    ...(office.email ? { email: office.email } : {}),
    ...(office.phone ? { phone: office.phone } : {}),
    kinds: kinds.filter((facts): facts is KindFacts => facts !== undefined),
  };
}
