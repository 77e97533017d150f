import type { CalendarDate } from './calendar-date';

/** The `format` every operator calendar file declares, so the format can evolve. */
export const CALENDAR_LAYER_FORMAT = 'gongkai-calendar-layer/1';

/**
 * An operator's calendar layer: data an operator supplies on top of the shipped national
 * calendar, because the State Council publishes each year's schedule only in the autumn before
 * and local bodies close on days no national notice mentions. Parsed from a JSON file:
 *
 * ```json
 * {
 *   "format": "gongkai-calendar-layer/1",
 *   "description": "free text",
 *   "years": {
 *     "2027": {
 *       "source": "国务院办公厅关于2027年部分节假日安排的通知",
 *       "restDays": ["2027-01-01", "…"],
 *       "makeUpWorkDays": ["2027-02-06", "…"]
 *     }
 *   },
 *   "closures": [
 *     { "reason": "office move", "dates": ["2027-03-15", "2027-03-16"] },
 *     { "reason": "flood emergency closure", "from": "2027-07-20", "to": "2027-07-23" }
 *   ]
 * }
 * ```
 *
 * - `years["YYYY"]` covers that whole year: `restDays` (holidays and bridged rest days, weekends
 *   may be listed too) and `makeUpWorkDays` (调休上班, always a Saturday or Sunday) are the
 *   exceptions, every other day follows Monday–Friday. It replaces whatever an earlier layer or
 *   the base said about that year. The lists may also hold days of the previous December,
 *   because a New Year arrangement can move them; those are single-day overrides.
 * - `closures` are extra rest days of this body (local closures), as a list of `dates` or an
 *   inclusive `from`–`to` range; they never make a day a working day, and they apply even in a
 *   year whose national schedule is not known yet.
 * - Unknown fields are errors: a typo must not silently change a statutory deadline.
 */
export interface CalendarLayer {
  /** Where the layer came from (file name), for error messages and audit logs. */
  readonly source: string;
  readonly description?: string;
  /** Sorted by year. */
  readonly years: readonly LayerYear[];
  /** In file order; a `dates` list becomes one single-day closure per date. */
  readonly closures: readonly LocalClosure[];
}

export interface LayerYear {
  readonly year: number;
  /** The notice the schedule was copied from. */
  readonly source?: string;
  readonly restDays: readonly CalendarDate[];
  readonly makeUpWorkDays: readonly CalendarDate[];
}

export interface LocalClosure {
  readonly from: CalendarDate;
  /** Inclusive. */
  readonly to: CalendarDate;
  readonly reason: string;
}
