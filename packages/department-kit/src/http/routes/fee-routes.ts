import { feesToCsv, type FeeSchedule } from '@gongkai/spec';
import { feeView, newFee, revisedFee, withdrawnFee } from '../../fee-schedules/fee-record';
import { searchTerms } from '../../store/sqlite/search-terms';
import { asksForUs, clock, notFound, ownId, type DepartmentContext } from '../department-context';
import { padded, withFreshId } from '../fresh-id';
import { assertIfMatch, writeOrConflict } from '../if-match';
import { csvPage, listAnswer, resumeFrom } from '../list-answer';
import { negotiate } from '../negotiate';
import type { OperationHandlers } from '../operation-router';
import { changedFields } from '../../items/changed-fields';

export function feeHandlers(
  context: DepartmentContext,
): Pick<OperationHandlers, 'listFees' | 'getFee' | 'createFee' | 'updateFee' | 'withdrawFee'> {
  const { store } = context;
  const view = (fee: FeeSchedule) => feeView(fee, clock(context).today);
  const current = async (id: string) => {
    const fee = await store.fees.get(id);
    if (!fee) throw notFound('fee schedule', id);
    return fee;
  };
  return {
    async listFees({ query }, ctx) {
      const type = negotiate(ctx, ['application/json', 'text/csv']);
      const after = resumeFrom(query);
      const terms = query.q ? searchTerms(query.q) : [];
      const page = asksForUs(context, query.department)
        ? await store.fees.list({
            limit: query.limit ?? 20,
            today: clock(context).today,
            ...(after ? { after } : {}),
            ...(query.division ? { divisionCode: query.division } : {}),
            ...(query.level ? { level: query.level } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...(terms.length ? { terms } : {}),
          })
        : { records: [], next: null };
      if (type === 'text/csv') return csvPage(ctx, query, page, (fees) => feesToCsv(fees.map(view)));
      return { json: listAnswer(ctx, query, page, view) };
    },

    async getFee({ path }) {
      return { json: view(await current(path.feeId)) };
    },

    async createFee({ body }) {
      ownId(context, body.id);
      const { now } = clock(context);
      const create = async (id: string) => {
        const fee = newFee(body, { departmentId: context.department.id, id, now });
        await store.fees.create(fee, { action: 'created', at: fee.publishedAt });
        return fee;
      };
      const fee =
        body.id !== undefined
          ? await create(body.id)
          : await withFreshId(
              () => store.nextSequence('fee'),
              (n) => `${context.department.id}:fee-${padded(n, 4)}`,
              create,
            );
      return { status: 201, json: view(fee), headers: { Location: `/v1/fees/${fee.id}` } };
    },

    async updateFee({ path, header, body }) {
      const fee = await current(path.feeId);
      const ifMatch = header['If-Match'];
      assertIfMatch(ifMatch, view(fee), 'fee schedule');
      const { now } = clock(context);
      const { record, changedFields } = revisedFee(fee, body, now);
      await writeOrConflict(
        () => store.fees.replace(record, fee.revision ?? 1, { action: 'updated', at: now, changedFields }),
        ifMatch,
        'fee schedule',
      );
      return { json: view(record) };
    },

    async withdrawFee({ path, body }) {
      const fee = await current(path.feeId);
      const { now } = clock(context);
      const record = withdrawnFee(fee, body.reason, now);
      await writeOrConflict(
        () =>
          store.fees.replace(record, fee.revision ?? 1, {
            action: 'withdrawn',
            at: now,
            note: body.reason,
            changedFields: changedFields(fee, record),
          }),
        undefined,
        'fee schedule',
      );
      return { json: view(record) };
    },
  };
}
