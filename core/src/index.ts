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
  nationalAverageOfColumns,
  type RangeRows,
  type AverageOptions,
  type AverageResult,
} from './nre/nationalAverage.js';
export { variancePct } from './nre/variancePct.js';
export {
  AVERAGE_CONVENTIONS,
  conventionRule,
  DEFAULT_CONVENTION,
  type AverageConvention,
  type ConventionRule,
} from './nre/averageConvention.js';
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

export { apportion, apportionColumn, apportionNumbers } from './mtfs/apportion.js';
export { grow } from './mtfs/grow.js';
export { gap } from './mtfs/gap.js';
export { shareAgreed, shareCost, type CostShare, type Member } from './mtfs/costSharing.js';
export { financialYearLabel, MAX_YEARS, readRate, type RateKind } from './mtfs/assumptions.js';
export {
  SHARING_BASES,
  UNITS,
  MAX_SCENARIO_NAME,
  type ContributionInput,
  type CouncilTaxInput,
  type EarmarkedInput,
  type GrowthLineInput,
  type ItemInput,
  type MemberInput,
  type ModelInput,
  type MtfsInput,
  type PayGroupInput,
  type PerYear,
  type ReservesInput,
  type SavingInput,
  type SharingBasis,
  type Unit,
  type ValueFormat,
  type Varies,
} from './mtfs/model/inputs.js';
export {
  BELOW_FLOOR,
  BELOW_ZERO,
  OVERDRAWN,
  mtfsModel,
  type ModelFlag,
  type ModelLine,
  type MtfsModel,
  type Section,
} from './mtfs/model/lines.js';
export {
  mtfsProjection,
  projectScenario,
  type LineValues,
  type MtfsProjection,
  type ScenarioProjection,
} from './mtfs/model/project.js';
export {
  evaluate as evaluateExpr,
  render as renderExpr,
  type Expr,
  type Resolver,
} from './mtfs/model/expr.js';

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
export {
  exactColumn,
  exactPath,
  exactRows,
  exactValue,
  scaled,
  type ExactPlan,
  type Rows,
} from './catalogue/exact.js';
export { growNumbers, growthYears } from './mtfs/grow.js';
export { isOmitted, MAX_TEXT_LENGTH } from './lib/input.js';

export {
  ENGLAND_AND_WALES_FORCES,
  DEFAULT_EXCLUSIONS,
  forceKey,
  matchForce,
} from './forces/names.js';
