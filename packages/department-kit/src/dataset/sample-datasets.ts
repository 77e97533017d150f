import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateDataset, type DepartmentDataset } from '@gongkai/spec';
import { ImportRejected } from './import-problems';

/** The six Liaoning bodies whose sample data `@gongkai/spec` ships (`npm start` serves them). */
export const SAMPLE_DEPARTMENT_IDS = ['ln-finance', 'ln-ndrc', 'ln-housing', 'ln-emergency', 'ln-zhangwu', 'ln-zhangwu-hrt'] as const;

export type SampleDepartmentId = (typeof SAMPLE_DEPARTMENT_IDS)[number];

export function isSampleDepartmentId(id: string): id is SampleDepartmentId {
  return (SAMPLE_DEPARTMENT_IDS as readonly string[]).includes(id);
}

/** Where the sample dataset of `id` is installed (`@gongkai/spec/sample-data/<id>.json`). */
export function sampleDatasetPath(id: SampleDepartmentId): string {
  return createRequire(import.meta.url).resolve(`@gongkai/spec/sample-data/${id}.json`);
}

/** The sample dataset of one body, validated. */
export function loadSampleDataset(id: SampleDepartmentId): DepartmentDataset {
  const path = sampleDatasetPath(id);
  const result = validateDataset(readFileSync(path, 'utf8'), path);
  if (!result.ok)
    throw new ImportRejected(
      path,
      result.errors.map((error) => ({ record: error.path || 'the file', reason: error.message })),
    );
  return result.dataset;
}
