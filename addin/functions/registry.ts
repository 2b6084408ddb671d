// The custom functions by their Excel ids, for hosts other than Excel (the preview page's formula
// engine) that evaluate `=COLLAB.NAME(...)` with the same adapters Excel calls. Each takes the
// formula's arguments in order; where Excel gathers a repeating parameter into one list (NRE's
// income lines), the entry here does the same.
import * as functions from './functions';

export type ExcelFunction = (...args: unknown[]) => unknown;

export const excelFunctions: Readonly<Record<string, ExcelFunction>> = {
  SAVING: functions.saving,
  SAVINGRATE: functions.savingRate,
  POOLEDRATE: functions.pooledRate,
  GAPSHARE: functions.gapShare,
  CONVERSIONSAVING: functions.conversionSaving,
  NRE: (expenditure: unknown, ...income: unknown[]) =>
    functions.nre(expenditure as unknown[][], income as unknown[][][]),
  PERHEAD: functions.perHead,
  NREPERHEAD: functions.nrePerHead,
  POOLEDPERHEAD: functions.pooledPerHead,
  NATIONALAVERAGE: functions.nationalAverage,
  VARIANCEPCT: functions.variancePct,
  BENCHMARK: functions.benchmark,
  WORKFORCESHARE: functions.workforceShare,
  POSTSCOST: functions.postsCost,
  UNITCOST: functions.unitCost,
  APPORTION: functions.apportion,
  GROW: functions.grow,
  GAP: functions.gap,
  RATIOBOUNDS: functions.ratioBounds,
  CONSISTENT: functions.isConsistent,
} as Record<string, ExcelFunction>;
