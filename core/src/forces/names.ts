// Force names as they appear in published tables vary ("Avon & Somerset Constabulary", "Avon and
// Somerset Police", "London, City of"); one key per force makes them match whatever the spelling.

/** The 43 territorial police forces of England and Wales, by their common short names. */
export const ENGLAND_AND_WALES_FORCES: readonly string[] = [
  'Avon and Somerset',
  'Bedfordshire',
  'Cambridgeshire',
  'Cheshire',
  'City of London',
  'Cleveland',
  'Cumbria',
  'Derbyshire',
  'Devon and Cornwall',
  'Dorset',
  'Durham',
  'Dyfed-Powys',
  'Essex',
  'Gloucestershire',
  'Greater Manchester',
  'Gwent',
  'Hampshire',
  'Hertfordshire',
  'Humberside',
  'Kent',
  'Lancashire',
  'Leicestershire',
  'Lincolnshire',
  'Merseyside',
  'Metropolitan Police',
  'Norfolk',
  'North Wales',
  'North Yorkshire',
  'Northamptonshire',
  'Northumbria',
  'Nottinghamshire',
  'South Wales',
  'South Yorkshire',
  'Staffordshire',
  'Suffolk',
  'Surrey',
  'Sussex',
  'Thames Valley',
  'Warwickshire',
  'West Mercia',
  'West Midlands',
  'West Yorkshire',
  'Wiltshire',
];

/** Excluded from the England and Wales average unless the user says otherwise. */
export const DEFAULT_EXCLUSIONS: readonly string[] = [
  'Metropolitan Police Service',
  'City of London Police',
];

const SUFFIXES = ['policeservice', 'policeforce', 'constabulary', 'police', 'service'];

/** Other names in common use, by key. */
const ALIASES: Readonly<Record<string, string>> = {
  met: 'metropolitan',
  mps: 'metropolitan',
  londoncityof: 'cityoflondon',
  col: 'cityoflondon',
  hampshireandisleofwight: 'hampshire',
};

/** Keys already worked out, by name as given. */
const keys = new Map<string, string>();

/**
 * The matching key of a force name: case, spacing, punctuation, "&" for "and", a leading "The"
 * and a trailing "Police", "Constabulary" or "Police Service" make no difference.
 *
 * @example forceKey('London, City of') === forceKey('City of London Police') //=> true
 */
export function forceKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = keyOf(name);
    // A sheet names the same few dozen forces in thousands of calls; the bound keeps a sheet of
    // unusual names from growing the memo without end.
    if (keys.size >= 4096) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** The key of a name, worked out afresh. */
function keyOf(name: string): string {
  let key = name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
  if (key.startsWith('the') && key.length > 3) key = key.slice(3);
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const suffix of SUFFIXES) {
      if (key.endsWith(suffix) && key.length > suffix.length) {
        key = key.slice(0, -suffix.length);
        stripped = true;
      }
    }
  }
  return ALIASES[key] ?? key;
}

/** What a force's name is written with: letters, digits, spaces and the punctuation of real names. */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} &,.'’()-]*$/u;

const KNOWN = new Map(ENGLAND_AND_WALES_FORCES.map((force) => [forceKey(force), force]));

/**
 * The England and Wales force a name means, by its common short name; undefined when the name is
 * not a force's. The name is matched, not stripped: characters no force name has (`=Kent`,
 * `Kent!`) make it no match, so a formula or a typo never passes for a force.
 *
 * @example matchForce('Avon & Somerset Constabulary') === 'Avon and Somerset' //=> true
 * @example matchForce('=Kent') === undefined //=> true
 */
export function matchForce(name: string): string | undefined {
  const trimmed = name.trim();
  return NAME.test(trimmed) ? KNOWN.get(forceKey(trimmed)) : undefined;
}
