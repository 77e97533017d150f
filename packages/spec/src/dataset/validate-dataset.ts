import { checkBudgets } from './budget-rules';
import { checkEnvelope } from './envelope';
import { checkFeedback } from './feedback-rules';
import { checkIds } from './id-rules';
import { checkAlerts, checkFees, checkItems, itemIdsOf } from './publication-rules';
import { Report } from './report';
import { checkRequests } from './request-rules';
import type { DatasetValidationResult, DepartmentDataset } from './types';

/**
 * Validates a department dataset (`gongkai-dataset@1`), parsed or as JSON text: the envelope, every
 * record against its v1 schema, and the rules across records — ids carry the department's prefix
 * and are unique per kind, revisions and withdrawals follow publication in order, request events
 * follow receipt in date order, replies follow what they answer, budgets add up. Every error
 * names the record and field (`items[3].item.documentNumber`) and the rule; `source` (a file
 * name) is copied onto each error.
 */
export function validateDataset(json: unknown, source?: string): DatasetValidationResult {
  const report = new Report();
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      report.add('', `is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (report.errors.length === 0) {
    const { departmentId, valid } = checkEnvelope(value, report);
    if (departmentId !== undefined) {
      checkIds(departmentId, valid, report);
      checkItems(valid.get('items') ?? new Map(), itemIdsOf(value), departmentId, report);
      checkFeedback(valid.get('feedback') ?? new Map(), departmentId, report);
    }
    checkFees(valid.get('fees') ?? new Map(), report);
    checkBudgets(valid.get('budgets') ?? new Map(), report);
    checkAlerts(valid.get('alerts') ?? new Map(), report);
    checkRequests(valid.get('requests') ?? new Map(), report);
  }
  if (report.errors.length > 0) {
    return { ok: false, errors: source === undefined ? report.errors : report.errors.map((error) => ({ ...error, source })) };
  }
  return { ok: true, dataset: value as DepartmentDataset };
}
