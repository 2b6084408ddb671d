// The named conventions for the average a force's per-head figure is held against: whether each
// force counts once or by its population, and whether London (the Met and the City) is left out.
// Publications differ, so the convention is a choice, stated wherever an average is shown.
import { DEFAULT_EXCLUSIONS } from '../forces/names.js';

export type AverageConvention =
  'simpleExcludingLondon' | 'weightedIncludingLondon' | 'weightedExcludingLondon';

export interface ConventionRule {
  /** Forces count by population (Σ NRE ÷ Σ population), not once each. */
  readonly weighted: boolean;
  /** Forces left out of the average; empty: nobody. */
  readonly exclude: readonly string[];
  /** A few words for a choice list (whole in a 320 px pane) or a column heading. */
  readonly name: string;
  /** The convention in a sentence a finance officer can check the figure against. */
  readonly description: string;
}

/** Every convention, in the order a choice list offers them (the default first). */
export const AVERAGE_CONVENTIONS: Readonly<Record<AverageConvention, ConventionRule>> = {
  simpleExcludingLondon: {
    weighted: false,
    exclude: DEFAULT_EXCLUSIONS,
    name: 'Simple mean, excl. Met and City',
    description:
      "Simple mean of the compared forces' per-head figures, each force counting once, excluding the Metropolitan Police and the City of London Police",
  },
  weightedIncludingLondon: {
    weighted: true,
    exclude: [],
    name: 'Population-weighted, incl. London',
    description:
      'Population-weighted: total NRE ÷ total population of the compared forces, the Metropolitan Police and the City of London Police included (England and Wales per head)',
  },
  weightedExcludingLondon: {
    weighted: true,
    exclude: DEFAULT_EXCLUSIONS,
    name: 'Population-weighted, excl. London',
    description:
      'Population-weighted: total NRE ÷ total population of the compared forces, excluding the Metropolitan Police and the City of London Police',
  },
};

/** The seed review's convention (a 2013 review of the East Midlands collaboration used it). */
export const DEFAULT_CONVENTION: AverageConvention = 'simpleExcludingLondon';

/** The rule of a convention, refusing a name that is none (a programming mistake). */
export function conventionRule(convention: AverageConvention = DEFAULT_CONVENTION): ConventionRule {
  const rule = (AVERAGE_CONVENTIONS as Partial<Record<string, ConventionRule>>)[convention];
  if (rule === undefined)
    throw new TypeError(`"${String(convention)}" is not an average convention`);
  return rule;
}
