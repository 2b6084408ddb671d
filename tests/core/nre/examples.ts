// Illustrative per-head figures (not official) shared by the benchmark and nationalAverage tests:
// three ordinary reporters, the two forces excluded by default, one blank and one zero return.
export const FORCES = [
  'Kent',
  'Essex',
  'Surrey',
  'Metropolitan Police Service',
  'City of London Police',
  'Sussex',
  'Norfolk',
];
export const VALUES = [150, 200, 100, 400, 900, null, 0];
