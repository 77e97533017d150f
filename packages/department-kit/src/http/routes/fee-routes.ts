import { feesToCsv, type FeeSchedule } from '@gongkai/spec';
import { feeView, newFee, revisedFee, withdrawnFee } from '../../fee-schedules/fee-record';
import { clock, type DepartmentContext } from '../department-context';
import { padded } from '../fresh-id';
import { csvPage, listAnswer, wantsCsv } from '../list-answer';
import type { OperationHandlers } from '../operation-router';
import { selectedView } from '../selected-fields';
import type { FeeListQuery } from '../../store/disclosure-store';
import { versionedResource, type ListPosition } from '../versioned-resource';

export function feeHandlers(
  context: DepartmentContext,
): Pick<OperationHandlers, 'listFees' | 'getFee' | 'createFee' | 'updateFee' | 'withdrawFee'> {
  const fees = versionedResource(context, {
    noun: 'fee schedule',
    collection: (store) => store.fees,
    path: '/v1/fees',
    createdAt: (fee) => fee.publishedAt,
    // A fee's status (in force, expired) depends on the day it is read.
    view: (fee: FeeSchedule) => feeView(fee, clock(context).today),
  });
  return {
    async listFees({ query }, ctx) {
      const csv = wantsCsv(ctx, query);
      const view = selectedView('FeeSchedule', query.fields, fees.view);
      const { today } = clock(context);
      const queryOf = (position: ListPosition): FeeListQuery => ({
        ...position,
        today,
        ...(query.division ? { divisionCode: query.division } : {}),
        ...(query.level ? { level: query.level } : {}),
        ...(query.status ? { status: query.status } : {}),
      });
      const page = await fees.page(ctx, query, queryOf);
      if (csv) return csvPage(ctx, query, page, (records) => feesToCsv(records.map(fees.view)));
      return { json: { ...listAnswer(ctx, query, page, view), meta: await fees.total(query, queryOf) } };
    },

    async getFee({ path }) {
      return { json: await fees.read(path.feeId) };
    },

    async createFee({ body }) {
      return fees.create(
        body.id,
        (id, now) => newFee(body, { departmentId: context.department.id, id, now }),
        () => ({ sequence: 'fee', idOf: (n) => `${context.department.id}:fee-${padded(n, 4)}` }),
      );
    },

    async updateFee({ path, header, body }) {
      return fees.revise(path.feeId, header['If-Match'], (fee, now) => revisedFee(fee, body, now));
    },

    async withdrawFee({ path, body }) {
      return fees.withdraw(path.feeId, body.reason, (fee, now) => withdrawnFee(fee, body.reason, now));
    },
  };
}
