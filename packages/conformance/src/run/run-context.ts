import { getOperation, type Department, type Operation } from '@gongkai/spec';
import type { Exchange } from '../http/exchange';
import type { Probe } from '../http/probe';
import { idSourceOf, listOperation } from '../contract/list-operations';
import { walkList, type ListRecord, type Walk } from './walk';

export interface RunSettings {
  /** The department's staff token, for the `Department admin` operations. */
  readonly staffToken?: string;
  readonly allowWrites: boolean;
  /** How many records a walk of one list reads at most. */
  readonly maxRecords: number;
}

export type QueryValues = Readonly<Record<string, string | number | undefined>>;

export interface ReadRequest {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: QueryValues;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The path and query of an operation's URL below the base URL. */
export function operationPath(operation: Operation, request: ReadRequest = {}): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.path?.[name] ?? ''));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) if (value !== undefined) query.set(name, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * What every check shares in one run: the probe, the departments the target serves, the
 * settings, and the walks of the lists (each list is read once at its largest page size and the
 * result reused by the checks that need it).
 */
export class RunContext {
  /** Filled by discovery: the departments `GET /v1/departments` names. */
  departments: readonly Omit<Department, 'health'>[] = [];
  /** Values the write checks hand on (a filed request's tracking number and token…). */
  readonly written = new Map<string, unknown>();
  private readonly walks = new Map<string, Promise<Walk>>();

  constructor(
    readonly probe: Probe,
    readonly settings: RunSettings,
  ) {}

  get departmentIds(): string[] {
    return this.departments.map((department) => department.id);
  }

  /** A GET of an operation of the contract. */
  read(operationId: string, request: ReadRequest = {}): Promise<Exchange> {
    return this.probe.send({ target: operationPath(getOperation(operationId), request), headers: { ...request.headers } });
  }

  /** A write to an operation of the contract, with a JSON body (or raw text, to send malformed JSON). */
  write(operationId: string, request: ReadRequest & { readonly json?: unknown; readonly text?: string }): Promise<Exchange> {
    const operation = getOperation(operationId);
    const body = request.text ?? (request.json === undefined ? undefined : JSON.stringify(request.json));
    return this.probe.send({
      method: operation.method.toUpperCase() as 'POST' | 'PUT',
      target: operationPath(operation, request),
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...request.headers },
      ...(body !== undefined ? { body } : {}),
    });
  }

  /** A walk of a list from its first page (memoized per list, path values, query and page size). */
  walk(operationId: string, request: ReadRequest & { readonly pageSize?: number; readonly maxRecords?: number } = {}): Promise<Walk> {
    const list = listOperation(operationId);
    const pageSize = request.pageSize ?? list?.limit?.max;
    const query = { ...request.query, ...(pageSize !== undefined && list?.limit ? { limit: pageSize } : {}) };
    const first = operationPath(getOperation(operationId), { ...request, query });
    const maxRecords = request.maxRecords ?? this.settings.maxRecords;
    const key = `${first} ${maxRecords}`;
    let walk = this.walks.get(key);
    if (!walk) {
      walk = walkList(this.probe, first, { maxRecords, ...(pageSize !== undefined ? { pageSize } : {}) });
      this.walks.set(key, walk);
    }
    return walk;
  }

  /**
   * Values for an operation's path parameters, each taken from the first record of the list it
   * names (`itemId` from `/v1/items`); `undefined` when a list is empty or does not answer.
   */
  async pathValues(operation: Operation): Promise<Record<string, string> | undefined> {
    const values: Record<string, string> = {};
    for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
      const source = idSourceOf(operation, parameter.name);
      if (!source) return undefined;
      const id = (await this.sampleRecords(source.operation.operationId, 1))[0]?.['id'];
      if (typeof id !== 'string') return undefined;
      values[parameter.name] = id;
    }
    return values;
  }

  /** Up to `count` records of a list, spread over its first walk (first, last and between). */
  async sampleRecords(operationId: string, count: number): Promise<ListRecord[]> {
    const { records } = await this.walk(operationId);
    if (records.length <= count) return [...records];
    const step = (records.length - 1) / Math.max(count - 1, 1);
    return Array.from({ length: count }, (_, index) => records[Math.round(index * step)]!);
  }
}
