// The public API of the core: every calculation of the add-in, by the names of the catalogue.
export { Decimal, type Cell, type NumberInput } from './lib/decimal.js';
export { CollabError, type ErrorCode, type ErrorLocation } from './lib/errors.js';
export { readTableCell } from './lib/tableCell.js';
export type { Kind as NumberKind, Rule as NumberRule } from './lib/input.js';

export { saving } from './savings/saving.js';
export { savingRate } from './savings/savingRate.js';
export { pooledRate } from './savings/pooledRate.js';
export { gapShare } from './savings/gapShare.js';
export { conversionSaving } from './savings/conversionSaving.js';

export { nre } from './nre/nre.js';
export { perHead } from './nre/perHead.js';
export { nrePerHead } from './nre/nrePerHead.js';
export { pooledPerHead } from './nre/pooledPerHead.js';
export {
  nationalAverage,
  nationalAverageValue,
  type AverageOptions,
  type AverageResult,
} from './nre/nationalAverage.js';
export { variancePct } from './nre/variancePct.js';
export {
  benchmark,
  benchmarkRegion,
  type BenchmarkOptions,
  type BenchmarkResult,
  type RegionBenchmarkOptions,
  type RegionBenchmarkResult,
} from './nre/benchmark.js';

export { workforceShare } from './workforce/workforceShare.js';
export { postsCost, type PostsCostParams } from './workforce/postsCost.js';
export { unitCost } from './workforce/unitCost.js';

export { apportion, apportionNumbers } from './mtfs/apportion.js';
export { grow } from './mtfs/grow.js';
export { gap } from './mtfs/gap.js';
export { shareAgreed, shareCost, type CostShare, type Member } from './mtfs/costSharing.js';
export {
  mtfsProjection,
  type MtfsLines,
  type MtfsProjection,
  type MtfsSensitivity,
  type MtfsYear,
} from './mtfs/projection.js';
export {
  financialYearLabel,
  MTFS_FIELDS,
  readMtfsAssumptions,
  MAX_YEARS,
  type MtfsAssumptions,
  type MtfsParams,
  type PerYear,
} from './mtfs/assumptions.js';

export { ratioBounds, type RatioBounds } from './audit/ratioBounds.js';
export { isConsistent, type ConsistencyParams } from './audit/isConsistent.js';

export { SPECS, SPEC_BY_ID } from './catalogue/index.js';
export {
  evaluate,
  param,
  readParam,
  readWholeParam,
  type Formula,
  type FunctionSpec,
  type ParamKind,
  type ParamSpec,
} from './catalogue/spec.js';
export { exactParts, exactPath, exactValue, scaled, type ExactPlan } from './catalogue/exact.js';
export { growNumbers, growthYears } from './mtfs/grow.js';
export { isOmitted, MAX_TEXT_LENGTH } from './lib/input.js';

export {
  ENGLAND_AND_WALES_FORCES,
  DEFAULT_EXCLUSIONS,
  forceKey,
  matchForce,
} from './forces/names.js';
