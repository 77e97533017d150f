import { vocabularies, type Category } from '@gongkai/spec';

/** Art. 26: proactive information is published within 20 working days of being formed or changed. */
export const PUBLICATION_WORKING_DAYS = 20;

/**
 * Shorter legal limits per category, in working days (Art. 26: "法律、法规对政府信息公开的期限另有
 * 规定的，从其规定"), e.g. administrative licensing and penalty decisions within 7 working days of
 * the decision. A category not listed has Art. 26's 20.
 */
export type PublicationLimits = Partial<Record<Category, number>>;

/** The limit an item of `category` is measured against. */
export function publicationLimitOf(category: Category, limits: PublicationLimits = {}): number {
  return limits[category] ?? PUBLICATION_WORKING_DAYS;
}

/** Throws a `RangeError` naming the first entry that is not a category or not 0–20 working days. */
export function checkPublicationLimits(limits: PublicationLimits): void {
  for (const [category, days] of Object.entries(limits)) {
    if (vocabularies.category.get(category as Category) === undefined)
      throw new RangeError(`publication limit: ${JSON.stringify(category)} is not a category of the contract`);
    if (!Number.isInteger(days) || (days as number) < 0 || (days as number) > PUBLICATION_WORKING_DAYS)
      throw new RangeError(
        `publication limit for ${category}: ${JSON.stringify(days)} is not 0 to 20 working days (Art. 26's 20 is the longest; a shorter legal limit replaces it)`,
      );
  }
}
