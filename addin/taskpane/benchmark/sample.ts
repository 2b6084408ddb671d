// The "Sample data" sheet: all 43 forces with plausible but made-up populations and spending, laid
// out the way the benchmark expects, so the add-in can be tried at once. The figures come from a
// seeded generator (the same every time) and the sheet says in words that they are not official.
import { ENGLAND_AND_WALES_FORCES } from '@collab-finance/core';
import type { CellWrite, SheetWrite } from '../../workbook/port';
import { columnLetters, quoteSheetName } from '../../workbook/a1';

export const SAMPLE_SHEET = 'Sample data';
export const SAMPLE_NOTICE =
  'Illustrative figures for trying the add-in: made up, NOT official statistics.';

/** Rough resident populations in thousands, in the order of ENGLAND_AND_WALES_FORCES. */
const POPULATION_THOUSANDS = [
  1800, 700, 900, 1100, 10, 570, 500, 1070, 1800, 780, 640, 520, 1870, 650, 2870, 600, 2000, 1200,
  930, 1870, 1530, 1100, 770, 1430, 8900, 920, 690, 830, 790, 1480, 1170, 1340, 1420, 1140, 770,
  1200, 1720, 2450, 600, 1310, 2940, 2350, 740,
];

/** Categories with a typical NRE per head in £ and the share of spending met by earned income. */
const CATEGORIES = [
  { name: 'Local policing', perHead: 70, income: 0.04 },
  { name: 'Investigations', perHead: 35, income: 0.03 },
  { name: 'Forensic science', perHead: 6, income: 0.08 },
  { name: 'Operational support', perHead: 15, income: 0.1 },
] as const;

/** Mulberry32: a tiny seeded generator, so the sample is the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER_ROW = 4;
const COLUMNS = 2 + CATEGORIES.length * 2;

/** The sample's data range on a sheet of that name, header row included: "'Sample data'!A4:J47". */
export function sampleRange(sheet: string = SAMPLE_SHEET): string {
  const end = `${columnLetters(COLUMNS - 1)}${HEADER_ROW + ENGLAND_AND_WALES_FORCES.length}`;
  return `${quoteSheetName(sheet)}!A${HEADER_ROW}:${end}`;
}

/** The sample sheet to write. */
export function sampleSheet(name: string = SAMPLE_SHEET): SheetWrite {
  const random = seeded(20260401);
  const money = (value: number): CellWrite => ({ value, format: '£#,##0' });
  const rows = ENGLAND_AND_WALES_FORCES.map((force, i) => {
    const population = (POPULATION_THOUSANDS[i] ?? 1000) * 1000 + Math.round(random() * 900) * 10;
    // London's forces cost more per resident (commuters, national functions); the City far more.
    const londonUplift =
      force === 'City of London' ? 12 : force === 'Metropolitan Police' ? 1.6 : 1;
    return [
      { value: force },
      { value: population, format: '#,##0' },
      ...CATEGORIES.flatMap((c) => {
        const spend = Math.round(
          c.perHead * londonUplift * (0.8 + random() * 0.45) * population * (1 + c.income),
        );
        const income = Math.round(spend * c.income * (0.5 + random()));
        return [money(spend), money(income)];
      }),
    ];
  });
  return {
    name,
    blocks: [
      {
        at: 'A1',
        rows: [
          [{ value: SAMPLE_NOTICE, bold: true }],
          [{ value: 'Amounts in £ for one year; population: residents of the force area.' }],
        ],
      },
      {
        at: `A${HEADER_ROW}`,
        rows: [
          [
            { value: 'Force', bold: true },
            { value: 'Population', bold: true },
            ...CATEGORIES.flatMap((c) => [
              { value: `${c.name} expenditure`, bold: true },
              { value: `${c.name} income`, bold: true },
            ]),
          ],
          ...rows,
        ],
      },
    ],
    // Points, as Office JS sets column widths.
    columnWidths: [130, 70, ...CATEGORIES.flatMap(() => [140, 110])],
  };
}
