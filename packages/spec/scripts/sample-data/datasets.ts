import { DATASET_FORMAT, validateDataset, type DepartmentDataset } from '../../src/dataset';
import { alertsOf } from './alerts';
import { sha256, type AttachmentFiles } from './attachment-bytes';
import { budgetsOf } from './budgets';
import { REFERENCE_DATE } from './dates';
import { PROFILES, type Profile } from './departments';
import { feedbackOf } from './feedback';
import { feesOf } from './fees';
import { itemsOf } from './items';
import { requestsOf } from './requests';

// The data set: one file per body and an index, built in memory.

export interface SampleData {
  /** File name → exact text, `index.json` included. */
  files: Map<string, string>;
  /** Attachment URL → bytes. */
  attachments: AttachmentFiles;
}

/** One body's dataset, and the bytes of its attachments. */
export function datasetOf(p: Profile): { dataset: DepartmentDataset; attachments: AttachmentFiles } {
  const { items, files } = itemsOf(p);
  return {
    dataset: {
      format: DATASET_FORMAT,
      department: p.department,
      items,
      fees: feesOf(p),
      budgets: budgetsOf(p, items),
      alerts: alertsOf(p),
      feedback: feedbackOf(p),
      requests: requestsOf(p),
    },
    attachments: files,
  };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Builds every file in memory and validates each dataset; throws when one breaks a rule. */
export function generateSampleData(): SampleData {
  const files = new Map<string, string>();
  const attachments: AttachmentFiles = new Map();
  const index = [];
  for (const profile of PROFILES) {
    const { dataset, attachments: own } = datasetOf(profile);
    const file = `${profile.department.id}.json`;
    const result = validateDataset(dataset, file);
    if (!result.ok)
      throw new Error(
        `${file} is not a valid dataset:\n${result.errors
          .slice(0, 20)
          .map((e) => `  ${e.path}: ${e.message}`)
          .join('\n')}`,
      );
    const text = json(dataset);
    files.set(file, text);
    for (const [url, bytes] of own) attachments.set(url, bytes);
    index.push({
      id: profile.department.id,
      name: profile.department.name,
      level: profile.department.level,
      ...(profile.department.parentId ? { parentId: profile.department.parentId } : {}),
      file,
      sha256: sha256(text),
      counts: {
        items: dataset.items.length,
        fees: dataset.fees.length,
        budgets: dataset.budgets.length,
        alerts: dataset.alerts.length,
        feedback: dataset.feedback.length,
        requests: dataset.requests.length,
      },
    });
  }
  files.set(
    'index.json',
    json({
      format: 'gongkai-dataset-index@1',
      referenceDate: REFERENCE_DATE,
      notice:
        '示例数据：机构名称为真实机构，其余内容（文件、人名、证件号码、电话、金额等）均为虚构，仅用于演示和测试。Sample data: the bodies are real, everything else is fictitious.',
      departments: index,
    }),
  );
  return { files, attachments };
}
