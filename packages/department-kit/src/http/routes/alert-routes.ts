import { alertToCap, alertsToCsv, type Alert } from '@gongkai/spec';
import { alertView, cancelledAlert, newAlert, revisedAlert } from '../../alerts/alert-record';
import { chinaYearOf } from '@gongkai/spec/china-time';
import { clock, type DepartmentContext } from '../department-context';
import { padded } from '../fresh-id';
import { csvPage, listAnswer, wantsCsv } from '../list-answer';
import { negotiate } from '../negotiate';
import type { OperationHandlers } from '../operation-router';
import { selectedView } from '../selected-fields';
import type { AlertListQuery } from '../../store/disclosure-store';
import { versionedResource, type ListPosition } from '../versioned-resource';

export function alertHandlers(
  context: DepartmentContext,
): Pick<OperationHandlers, 'listAlerts' | 'getAlert' | 'createAlert' | 'updateAlert' | 'withdrawAlert'> {
  const alerts = versionedResource(context, {
    noun: 'emergency notice',
    collection: (store) => store.alerts,
    path: '/v1/alerts',
    createdAt: (alert) => alert.issuedAt,
    // Whether a notice is still in effect depends on when it is read.
    view: (alert: Alert) => alertView(alert, context.now()),
  });
  return {
    async listAlerts({ query }, ctx) {
      const { now } = clock(context);
      const view = selectedView('Alert', query.fields, alerts.view);
      const queryOf = (position: ListPosition): AlertListQuery => ({
        ...position,
        now,
        ...(query.severity ? { severity: query.severity } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.division ? { divisionCode: query.division } : {}),
      });
      const page = await alerts.page(ctx, query, queryOf);
      if (wantsCsv(ctx, query)) return csvPage(ctx, query, page, (records) => alertsToCsv(records.map(alerts.view)));
      return { json: { ...listAnswer(ctx, query, page, view), meta: await alerts.total(query, queryOf) } };
    },

    async getAlert({ path }, ctx) {
      const alert = await alerts.read(path.alertId);
      return negotiate(ctx, ['application/json', 'application/cap+xml']) === 'application/cap+xml'
        ? { text: alertToCap(alert), type: 'application/cap+xml; charset=utf-8' }
        : { json: alert };
    },

    async createAlert({ body }) {
      return alerts.create(
        body.id,
        (id, now) => newAlert(body, { departmentId: context.department.id, id, now }),
        (now) => {
          const year = chinaYearOf(body.issuedAt ?? now);
          return { sequence: `alert:${year}`, idOf: (n) => `${context.department.id}:alert-${year}-${padded(n, 4)}` };
        },
      );
    },

    async updateAlert({ path, header, body }) {
      return alerts.revise(path.alertId, header['If-Match'], (alert, now) => revisedAlert(alert, body, now));
    },

    async withdrawAlert({ path, body }) {
      return alerts.withdraw(path.alertId, body.reason, (alert, now) => cancelledAlert(alert, now, body.reason));
    },
  };
}
