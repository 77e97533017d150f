import { alertToCap, type Alert } from '@gongkai/spec';
import { alertView, cancelledAlert, newAlert, revisedAlert } from '../../alerts/alert-record';
import { chinaYearOf } from '../../time/china-time';
import { asksForUs, clock, notFound, ownId, type DepartmentContext } from '../department-context';
import { padded, withFreshId } from '../fresh-id';
import { assertIfMatch, writeOrConflict } from '../if-match';
import { listAnswer, resumeFrom } from '../list-answer';
import { negotiate } from '../negotiate';
import type { OperationHandlers } from '../operation-router';
import { changedFields } from '../../items/changed-fields';

export function alertHandlers(
  context: DepartmentContext,
): Pick<OperationHandlers, 'listAlerts' | 'getAlert' | 'createAlert' | 'updateAlert' | 'withdrawAlert'> {
  const { store } = context;
  const view = (alert: Alert) => alertView(alert, context.now());
  const current = async (id: string) => {
    const alert = await store.alerts.get(id);
    if (!alert) throw notFound('emergency notice', id);
    return alert;
  };
  return {
    async listAlerts({ query }, ctx) {
      const after = resumeFrom(query);
      const page = asksForUs(context, query.department)
        ? await store.alerts.list({
            limit: query.limit ?? 20,
            now: clock(context).now,
            ...(after ? { after } : {}),
            ...(query.severity ? { severity: query.severity } : {}),
            ...(query.status ? { status: query.status } : {}),
            ...(query.division ? { divisionCode: query.division } : {}),
          })
        : { records: [], next: null };
      return { json: listAnswer(ctx, query, page, view) };
    },

    async getAlert({ path }, ctx) {
      const alert = view(await current(path.alertId));
      return negotiate(ctx, ['application/json', 'application/cap+xml']) === 'application/cap+xml'
        ? { text: alertToCap(alert), type: 'application/cap+xml; charset=utf-8' }
        : { json: alert };
    },

    async createAlert({ body }) {
      ownId(context, body.id);
      const { now } = clock(context);
      const create = async (id: string) => {
        const alert = newAlert(body, { departmentId: context.department.id, id, now });
        await store.alerts.create(alert, { action: 'created', at: alert.issuedAt });
        return alert;
      };
      const year = chinaYearOf(body.issuedAt ?? now);
      const alert =
        body.id !== undefined
          ? await create(body.id)
          : await withFreshId(
              () => store.nextSequence(`alert:${year}`),
              (n) => `${context.department.id}:alert-${year}-${padded(n, 4)}`,
              create,
            );
      return { status: 201, json: view(alert), headers: { Location: `/v1/alerts/${alert.id}` } };
    },

    async updateAlert({ path, header, body }) {
      const alert = await current(path.alertId);
      const ifMatch = header['If-Match'];
      assertIfMatch(ifMatch, view(alert), 'emergency notice');
      const { now } = clock(context);
      const { record, changedFields } = revisedAlert(alert, body, now);
      await writeOrConflict(
        () => store.alerts.replace(record, alert.revision ?? 1, { action: 'updated', at: now, changedFields }),
        ifMatch,
        'emergency notice',
      );
      return { json: view(record) };
    },

    async withdrawAlert({ path, body }) {
      const alert = await current(path.alertId);
      const { now } = clock(context);
      const record = cancelledAlert(alert, now, body.reason);
      await writeOrConflict(
        () =>
          store.alerts.replace(record, alert.revision ?? 1, {
            action: 'withdrawn',
            at: now,
            note: body.reason,
            changedFields: changedFields(alert, record),
          }),
        undefined,
        'emergency notice',
      );
      return { json: view(record) };
    },
  };
}
