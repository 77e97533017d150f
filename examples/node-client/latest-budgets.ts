// The latest budget and final-account disclosures (Art. 20(7)) of every department behind a gateway,
// newest first, with the three public expenses of each department's latest budget.
//   node --import tsx examples/node-client/latest-budgets.ts [COUNT]      (with `npm start` running)
import { createClient, type GongkaiClient } from '@gongkai/client';

export async function latestBudgetDisclosures(client: GongkaiClient, count = 10): Promise<string[]> {
  const lines: string[] = [];
  const page = await client.items.list({ category: 'budgetsAndFinalAccounts', limit: count });
  if (page.meta.partial) lines.push(`(not answering: ${page.meta.failures?.map((f) => f.department).join(', ')})`);
  for (const item of page.data) lines.push(`${item.publishedAt.slice(0, 10)}  ${item.departmentId.padEnd(15)} ${item.title}`);

  lines.push('', 'Three public expenses (三公经费) of the latest budgets:');
  const budgets = await client.budgets.list({ kind: 'budget', limit: 100 });
  const latest = new Map<string, (typeof budgets.data)[number]>();
  for (const budget of budgets.data) if (!latest.has(budget.departmentId)) latest.set(budget.departmentId, budget);
  for (const budget of latest.values()) {
    lines.push(`${budget.year}  ${budget.departmentId.padEnd(15)} ${budget.threePublicExpenses.total} 元  ${budget.title}`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const client = createClient({ baseUrl: process.env['GONGKAI_URL'] ?? 'http://localhost:8080' });
  for (const line of await latestBudgetDisclosures(client, Number(process.argv[2] ?? 10))) console.log(line);
}
