// SPEC section 4, the COLLAB function catalogue as data: each Excel ID with its arguments in order.
// `[name]` is optional; `name…` repeats. These IDs and argument names are what users type, so the
// generated metadata must match them exactly.
export const CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  SAVING: ['before', 'after'],
  SAVINGRATE: ['saving', 'budget'],
  POOLEDRATE: ['savings', 'budgets'],
  GAPSHARE: ['saving', 'requirement'],
  CONVERSIONSAVING: ['posts', 'officerCost', 'staffCost'],
  NRE: ['expenditure', 'income…'],
  PERHEAD: ['amount', 'population', '[per]'],
  NREPERHEAD: ['expenditure', 'income', 'population', '[per]'],
  POOLEDPERHEAD: ['amounts', 'populations', '[per]'],
  NATIONALAVERAGE: ['values', 'forces', '[exclude]', '[weights]', '[zeroIsReport]'],
  VARIANCEPCT: ['value', 'benchmark'],
  BENCHMARK: ['values', 'forces', 'force', '[peers]', '[exclude]'],
  WORKFORCESHARE: ['part', 'total'],
  POSTSCOST: ['officers', 'staff', 'officerCost', 'staffCost', '[roundTo]'],
  UNITCOST: ['cost', 'fte'],
  APPORTION: ['total', 'bases', '[decimals]'],
  GROW: ['base', 'rates', '[years]'],
  GAP: ['requirement', 'funding'],
  RATIOBOUNDS: ['numerator', 'denominator', 'step', '[denominatorStep]'],
  CONSISTENT: ['published', 'numerator', 'denominator', 'step', '[denominatorStep]', '[decimals]'],
};

export interface CatalogueParameter {
  readonly name: string;
  readonly optional: boolean;
  readonly repeating: boolean;
}

/** An argument of the table above as the metadata describes it. */
export function parameter(spec: string): CatalogueParameter {
  const optional = spec.startsWith('[');
  const repeating = spec.endsWith('…');
  return { name: spec.replace(/[[\]…]/g, ''), optional, repeating };
}
