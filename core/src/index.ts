// The public API of the core: every calculation of the add-in, by the names of the catalogue.
export { Decimal, type Cell, type NumberInput } from './lib/decimal';
export { CollabError, type ErrorCode } from './lib/errors';

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
export { benchmark, type BenchmarkOptions, type BenchmarkResult } from './nre/benchmark';

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

export { SPECS, SPEC_BY_ID } from './catalogue/index';
export {
  evaluate,
  param,
  readParam,
  readWholeParam,
  type Formula,
  type FunctionSpec,
  type ParamKind,
  type ParamSpec,
} from './catalogue/spec';
export { exactPath, exactValue, scaled, type ExactPlan } from './catalogue/exact';
export { growthYears } from './mtfs/grow';
export { isOmitted, MAX_TEXT_LENGTH } from './lib/input';

export { ENGLAND_AND_WALES_FORCES, DEFAULT_EXCLUSIONS, forceKey } from './forces/names';
