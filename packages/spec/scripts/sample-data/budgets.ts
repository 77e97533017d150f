import type { DatasetBudget, DatasetItem } from '../../src/dataset';
import type { BudgetLine } from '../../src/generated/openapi-types';
import { BUDGETS, type Tree } from './budget-plans';
import { at, weekdayAfter } from './dates';
import type { Profile } from './departments';
import { yuan } from './money';
import { rngFor } from './random';

// Budgets and final accounts: amounts in integer fen, every level the sum of the one below.

const weightOf = (tree: Tree): number =>
  typeof tree[2] === 'number' ? tree[2] : tree[2].reduce((total, child) => total + weightOf(child), 0);

/**
 * Lines of a tree, parents first, each parent the exact sum of its children. Integers only:
 * `permille()` draws each leaf's share of its planned amount (1000 = as planned), `cents()` its fen.
 */
function linesOf(trees: Tree[], totalYuan: number, permille: () => number, cents: () => number): BudgetLine[] {
  const weight = trees.reduce((total, tree) => total + weightOf(tree), 0);
  const walk = (tree: Tree): { lines: BudgetLine[]; fen: number } => {
    const [code, name, children] = tree;
    if (typeof children === 'number') {
      const fen = Math.floor((totalYuan * children * permille()) / (weight * 1000)) * 100 + cents();
      return { lines: [{ code, name, amount: yuan(fen) }], fen };
    }
    const parts = children.map(walk);
    const fen = parts.reduce((total, part) => total + part.fen, 0);
    return { lines: [{ code, name, amount: yuan(fen) }, ...parts.flatMap((part) => part.lines)], fen };
  };
  return trees.flatMap((tree) => walk(tree).lines);
}

function threePublicExpenses(
  values: [number, number, number, number],
  permille: () => number,
): DatasetBudget['budget']['threePublicExpenses'] {
  const [travel, purchase, operation, receptions] = values.map((v) => Math.floor((v * permille()) / 1000) * 100) as [
    number,
    number,
    number,
    number,
  ];
  return {
    total: yuan(travel + purchase + operation + receptions),
    travelAbroad: yuan(travel),
    vehicles: { total: yuan(purchase + operation), purchase: yuan(purchase), operation: yuan(operation) },
    receptions: yuan(receptions),
  };
}

export function budgetsOf(p: Profile, items: DatasetItem[]): DatasetBudget[] {
  const plan = BUDGETS[p.department.id];
  if (!plan) return [];
  const rng = rngFor(`${p.department.id}:budgets`);
  const urlOf = (kind: 'budget' | 'finalAccount', year: number) =>
    items.find(
      (entry) =>
        entry.item.category === 'budgetsAndFinalAccounts' &&
        entry.item.title.includes(`${year}年`) &&
        entry.item.title.includes(kind === 'budget' ? '预算' : '决算') &&
        !entry.item.title.includes('执行'),
    )?.item.url;
  // Final accounts come in under budget, line by line; the 2026 budget is the plan's scale.
  const editions: { kind: 'budget' | 'finalAccount'; year: number; permille: number; published: string }[] = [
    { kind: 'finalAccount', year: 2024, permille: 930, published: '2025-08-08' },
    { kind: 'budget', year: 2025, permille: 960, published: '2025-02-07' },
    { kind: 'finalAccount', year: 2025, permille: 950, published: '2026-08-07' },
    { kind: 'budget', year: 2026, permille: 1000, published: '2026-02-06' },
  ];
  return editions.map(({ kind, year, permille, published }) => {
    const planned = (plan.scale / 1000) * permille;
    const spent = () => (kind === 'budget' ? rng.int(940, 1060) : rng.int(860, 1020));
    const cents = () => (kind === 'budget' ? 0 : rng.int(0, 99));
    const expenditure = linesOf(plan.expenditure, planned, spent, cents);
    const total = expenditure.filter((line) => line.code.length === 3).reduce((sum, line) => sum + Number(line.amount.replace('.', '')), 0);
    const revenueShare = p.department.level === 'provincial' ? 20 : 450;
    const documentUrl = urlOf(kind, year);
    const publishedOn = weekdayAfter(rng, published, -2, 2);
    return {
      budget: {
        id: `${p.department.id}:${kind === 'budget' ? 'budget' : 'final'}-${year}`,
        year,
        kind,
        title: plan.title(kind, year),
        total: yuan(total),
        revenue: linesOf(
          plan.revenue,
          (planned / 1000) * revenueShare,
          () => rng.int(900, 1100),
          () => rng.int(0, 99),
        ),
        expenditure,
        threePublicExpenses: threePublicExpenses(plan.three, () => (kind === 'budget' ? permille : rng.int(600, 950))),
        ...(documentUrl ? { documentUrl } : {}),
        publishedAt: at(publishedOn, 570),
      },
    };
  });
}
