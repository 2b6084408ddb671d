// Names a new sheet so that it never replaces an existing one: "Benchmark – Kent", then
// "Benchmark – Kent (2)", …, within Excel's rules (31 characters, no : \ / ? * [ ]); a name cut
// short loses its trailing spaces and commas.

const MAX_LENGTH = 31;

/** Excel compares sheet names without regard to case. */
const taken = (name: string, existing: readonly string[]) =>
  existing.some((e) => e.toLowerCase() === name.toLowerCase());

/** A sheet name based on `wanted` that is not in `existing`. */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '') || 'Sheet';
  const fit = (stem: string, suffix: string) =>
    `${stem.slice(0, MAX_LENGTH - suffix.length).replace(/[\s,]+$/, '')}${suffix}`;
  for (let n = 1; ; n += 1) {
    const name = fit(base, n === 1 ? '' : ` (${n})`);
    if (!taken(name, existing)) return name;
  }
}
