import type { FederationFailure } from '@gongkai/spec';
import { createClient } from '@gongkai/client';

export async function everyBudgetItem(baseUrl = 'http://localhost:8080') {
  const client = createClient({ baseUrl });
  const missing: FederationFailure[] = [];
  const ids: string[] = [];

  // Every page, along the cursor. A department that does not answer is named in `onPartial`; the
  // gateway asks it again on the next page, so a walk that ends has every item — or it throws.
  for await (const item of client.items.iterate(
    { category: 'budgetsAndFinalAccounts', limit: 100 },
    { onPartial: (failures) => missing.push(...failures) },
  )) {
    ids.push(item.id);
  }
  return { ids, missing };
}
