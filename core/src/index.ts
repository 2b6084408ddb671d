// The public API of the core: every calculation of the add-in, by the names of the catalogue.
export { Decimal, type Cell, type NumberInput } from './lib/decimal';
export { CollabError, type ErrorCode, type ErrorLocation } from './lib/errors';
export { readTableCell } from './lib/tableCell';
export type { Kind as NumberKind, Rule as NumberRule } from './lib/input';

export { saving } from './savings/saving';
export { savingRate } from './savings/savingRate';
export { pooledRate } from './savings/pooledRate';
export { gapShare } from './savings/gapShare';
export { conversionSaving } from './savings/conversionSaving';

export { nre } from './nre/nre';
export { perHead } from './nre/perHead';
export { nrePerHead } from './nre/nrePerHead';
export { pooledPerHead } from './nre/pooledPerHead';
export { nationalAverage, type AverageOptions, type AverageResult } from './nre/nationalAverage';
export { variancePct } from './nre/variancePct';
export {
  benchmark,
  benchmarkRegion,
  type BenchmarkOptions,
  type BenchmarkResult,
  type RegionBenchmarkOptions,
  type RegionBenchmarkResult,
} from './nre/benchmark';

export { workforceShare } from './workforce/workforceShare';
export { postsCost, type PostsCostParams } from './workforce/postsCost';
export { unitCost } from './workforce/unitCost';

export { apportion } from './mtfs/apportion';
export { grow } from './mtfs/grow';
export { gap } from './mtfs/gap';
export { shareCost, type CostShare, type Member } from './mtfs/costSharing';
export {
  mtfsProjection,
  type MtfsLines,
  type MtfsProjection,
  type MtfsSensitivity,
  type MtfsYear,
} from './mtfs/projection';
export {
  financialYearLabel,
  MTFS_FIELDS,
  readMtfsAssumptions,
  MAX_YEARS,
  type MtfsAssumptions,
  type MtfsParams,
  type PerYear,
} from './mtfs/assumptions';

export { ratioBounds, type RatioBounds } from './audit/ratioBounds';
export { isConsistent, type ConsistencyParams } from './audit/isConsistent';

export { ENGLAND_AND_WALES_FORCES, DEFAULT_EXCLUSIONS, forceKey, matchForce } from './forces/names';
