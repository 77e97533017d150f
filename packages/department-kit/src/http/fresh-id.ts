import { StoreConflictError } from '../store/disclosure-store';

/**
 * Creates a record under a generated id, taking the next number of `sequence` again while the id
 * is taken (an import may have kept ids that the sequence has not reached yet).
 */
export async function withFreshId<T>(
  nextNumber: () => Promise<number>,
  idOf: (number: number) => string,
  create: (id: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const id = idOf(await nextNumber());
    try {
      return await create(id);
    } catch (error) {
      if (!(error instanceof StoreConflictError) || error.field === 'revision' || String(error.value) !== id || attempt >= 10_000)
        throw error;
    }
  }
}

export const padded = (number: number, width: number): string => String(number).padStart(width, '0');
