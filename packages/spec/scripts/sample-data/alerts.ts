import type { DatasetAlert } from '../../src/dataset';
import { ALERTS } from './alert-plans';
import { compare } from './dates';
import type { Profile } from './departments';

/** A body's alerts, numbered per year in order of issue; each update restates the whole alert as revised (CAP `update`). */
export function alertsOf(p: Profile): DatasetAlert[] {
  const spec = ALERTS[p.department.id];
  if (!spec) return [];
  const sorted = [...spec.plans].sort((a, b) => compare(a.issuedAt, b.issuedAt));
  const perYear = new Map<string, number>();
  return sorted.map((plan): DatasetAlert => {
    const year = plan.issuedAt.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const alert: DatasetAlert['alert'] = {
      id: `${p.department.id}:alert-${year}-${String(n).padStart(4, '0')}`,
      type: plan.type,
      event: plan.event,
      severity: plan.severity,
      headline: plan.headline,
      description: plan.description,
      instructions: plan.instructions,
      areas: plan.areas,
      issuedAt: plan.issuedAt,
      effectiveAt: plan.issuedAt,
      expiresAt: plan.expiresAt,
      sender: spec.sender,
      contact: spec.contact,
    };
    const { issuedAt: _issuedAt, ...base } = alert;
    const updates = (plan.updates ?? []).map((u) => ({
      at: u.at,
      alert: { ...base, severity: u.severity, headline: u.headline, description: u.description, expiresAt: u.expiresAt ?? plan.expiresAt },
    }));
    return { alert, ...(updates.length ? { updates } : {}), ...(plan.cancellation ? { cancellation: plan.cancellation } : {}) };
  });
}
