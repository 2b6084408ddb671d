// Every COLLAB function's declaration, in the order of the catalogue (SPEC.md section 4).
import { CONSISTENT } from '../audit/isConsistent.js';
import { RATIOBOUNDS } from '../audit/ratioBounds.js';
import { APPORTION } from '../mtfs/apportion.js';
import { GAP } from '../mtfs/gap.js';
import { GROW } from '../mtfs/grow.js';
import { NATIONALAVERAGE } from '../nre/nationalAverage.js';
import { NRE } from '../nre/nre.js';
import { NREPERHEAD } from '../nre/nrePerHead.js';
import { PERHEAD } from '../nre/perHead.js';
import { POOLEDPERHEAD } from '../nre/pooledPerHead.js';
import { VARIANCEPCT } from '../nre/variancePct.js';
import { CONVERSIONSAVING } from '../savings/conversionSaving.js';
import { GAPSHARE } from '../savings/gapShare.js';
import { POOLEDRATE } from '../savings/pooledRate.js';
import { SAVING } from '../savings/saving.js';
import { SAVINGRATE } from '../savings/savingRate.js';
import { POSTSCOST } from '../workforce/postsCost.js';
import { UNITCOST } from '../workforce/unitCost.js';
import { WORKFORCESHARE } from '../workforce/workforceShare.js';
import { BENCHMARK } from './benchmark.js';
import type { FunctionSpec } from './spec.js';

export const SPECS: readonly FunctionSpec[] = [
  SAVING,
  SAVINGRATE,
  POOLEDRATE,
  GAPSHARE,
  CONVERSIONSAVING,
  NRE,
  PERHEAD,
  NREPERHEAD,
  POOLEDPERHEAD,
  NATIONALAVERAGE,
  VARIANCEPCT,
  BENCHMARK,
  WORKFORCESHARE,
  POSTSCOST,
  UNITCOST,
  APPORTION,
  GROW,
  GAP,
  RATIOBOUNDS,
  CONSISTENT,
];

/** The declaration of each function by its Excel id. */
export const SPEC_BY_ID: ReadonlyMap<string, FunctionSpec> = new Map(SPECS.map((s) => [s.id, s]));
