import type { DatasetFee } from '../../src/dataset';
import { addDays, at, EARLIEST, officeMinutes, weekdayBetween } from './dates';
import type { Profile } from './departments';
import { FEES } from './fee-plans';
import { rngFor } from './random';

/** A body's fees, each published around the day it takes effect (those in force before 2024, in January 2024). */
export function feesOf(p: Profile): DatasetFee[] {
  const rng = rngFor(`${p.department.id}:fees`);
  return (FEES[p.department.id] ?? []).map((plan, i): DatasetFee => {
    const publishedOn = weekdayBetween(
      rng,
      plan.validFrom > EARLIEST ? addDays(plan.validFrom, -10) : EARLIEST,
      plan.validFrom > EARLIEST ? addDays(plan.validFrom, 3) : '2024-01-31',
    );
    const fee: DatasetFee['fee'] = {
      id: `${p.department.id}:fee-${String(i + 1).padStart(4, '0')}`,
      ...(plan.code ? { code: plan.code } : {}),
      name: plan.name,
      standard: {
        amount: plan.amount,
        unit: plan.unit,
        ...(plan.upTo ? { upTo: true } : {}),
        ...(plan.description ? { description: plan.description } : {}),
      },
      legalBasis: plan.basis,
      approvingAuthority: plan.authority,
      ...(plan.approval ? { approvalDocumentNumber: plan.approval } : {}),
      collectingBody: plan.collector,
      division: plan.division,
      level: plan.level,
      validFrom: plan.validFrom,
      ...(plan.validTo ? { validTo: plan.validTo } : {}),
      publishedAt: at(publishedOn, officeMinutes(rng)),
    };
    return { fee, ...(plan.withdrawn ? { withdrawal: { at: at('2025-03-14', 600), reason: plan.withdrawn } } : {}) };
  });
}
