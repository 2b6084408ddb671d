// Every COLLAB function's declaration, in the order of the catalogue (SPEC.md section 4).
import { CONSISTENT } from '../audit/isConsistent';
import { RATIOBOUNDS } from '../audit/ratioBounds';
import { APPORTION } from '../mtfs/apportion';
import { GAP } from '../mtfs/gap';
import { GROW } from '../mtfs/grow';
import { NATIONALAVERAGE } from '../nre/nationalAverage';
import { NRE } from '../nre/nre';
import { NREPERHEAD } from '../nre/nrePerHead';
import { PERHEAD } from '../nre/perHead';
import { POOLEDPERHEAD } from '../nre/pooledPerHead';
import { VARIANCEPCT } from '../nre/variancePct';
import { CONVERSIONSAVING } from '../savings/conversionSaving';
import { GAPSHARE } from '../savings/gapShare';
import { POOLEDRATE } from '../savings/pooledRate';
import { SAVING } from '../savings/saving';
import { SAVINGRATE } from '../savings/savingRate';
import { POSTSCOST } from '../workforce/postsCost';
import { UNITCOST } from '../workforce/unitCost';
import { WORKFORCESHARE } from '../workforce/workforceShare';
import { BENCHMARK } from './benchmark';
import type { FunctionSpec } from './spec';

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
