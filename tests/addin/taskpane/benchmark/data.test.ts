import { readBenchmarkData } from '../../../../addin/taskpane/benchmark/data';
import { BenchmarkInputError } from '../../../../addin/taskpane/benchmark/errors';
import type { CellValue, RangeData } from '../../../../addin/workbook/port';

const range = (rows: CellValue[][], address = 'A1:D4', sheet = 'Sample data'): RangeData => ({
  sheet,
  address,
  values: rows,
});

const pairHeader = ['Force', 'Population', 'Forensics expenditure', 'Forensics income'];

function failure(rows: CellValue[][], address?: string): BenchmarkInputError {
  try {
    readBenchmarkData(range(rows, address));
  } catch (e) {
    if (e instanceof BenchmarkInputError) return e;
    throw e;
  }
  throw new Error('expected a BenchmarkInputError');
}

describe('readBenchmarkData', () => {
  it('reads expenditure and income pairs as one category', () => {
    const data = readBenchmarkData(
      range([pairHeader, ['Kent', 1800000, 9000000, 500000], ['Essex', 1900000, 8000000, 0]]),
    );
    expect(data.categories).toEqual([
      { name: 'Forensics', columns: { kind: 'pair', expenditure: 2, income: 3 } },
    ]);
    // NRE = expenditure − income, by the core
    expect(data.forces.map((f) => f.nre[0]?.toString())).toEqual(['8500000', '8000000']);
  });

  it('reads a single column as NRE and drops a trailing "NRE" from its header', () => {
    const data = readBenchmarkData(
      range([
        ['Force', 'Population', 'Local policing NRE', 'Forensics'],
        ['Kent', 1000, 5, 6],
      ]),
    );
    expect(data.categories.map((c) => [c.name, c.columns.kind])).toEqual([
      ['Local policing', 'nre'],
      ['Forensics', 'nre'],
    ]);
  });

  it('skips title rows above the header and blank rows, and keeps the origin of the range', () => {
    const data = readBenchmarkData(
      range(
        [
          ['Illustrative figures', null, null],
          ['Force', 'Population', 'Forensics'],
          [null, null, null],
          ['Kent', 10, 4],
        ],
        'C5:E8',
      ),
    );
    expect(data.origin).toEqual({ row: 4, col: 2 });
    expect(data.forces).toHaveLength(1);
    expect(data.forces[0]).toMatchObject({ name: 'Kent', row: 3 });
    expect(data.forces[0]?.population.toNumber()).toBe(10);
  });

  it('treats a blank figure, or a blank pair, as not reported', () => {
    const data = readBenchmarkData(range([pairHeader, ['Kent', 10, null, null]]));
    expect(data.forces[0]?.nre).toEqual([null]);
  });

  it('matches force names whatever their spelling', () => {
    const data = readBenchmarkData(
      range([
        ['Force', 'Population', 'X'],
        ['Kent Police', 10, 1],
        ['London, City of', 1, 1],
      ]),
    );
    expect(data.forces.map((f) => f.key)).toEqual(['Kent', 'City of London']);
  });

  it('reads numeric text as the COLLAB functions do: pounds, commas, brackets', () => {
    const data = readBenchmarkData(
      range([
        ['Force', 'Population', 'Forensics expenditure', 'Forensics income', 'Training'],
        ['Kent', '1,800,000', '£117,163,277', '£1,234', '(120)'],
      ]),
    );
    const kent = data.forces[0];
    expect(kent?.population.toNumber()).toBe(1_800_000);
    expect(kent?.nre.map(String)).toEqual([String(117_163_277 - 1_234), '-120']);
  });

  it.each([['=Kent'], ['Kent!'], ['+Essex']])(
    'refuses %p: a force name is matched, not stripped of its punctuation',
    (name) => {
      const error = failure([
        ['Force', 'Population', 'X'],
        [name, 10, 1],
      ]);
      expect([error.code, error.at?.cells]).toEqual(['UNKNOWN_FORCE', ['A2']]);
      expect(error.message).toContain(JSON.stringify(name));
    },
  );

  describe('bad data: one message naming the cells', () => {
    it.each<[string, CellValue[][], string, string[]]>([
      [
        'a missing population',
        [pairHeader, ['Essex', 5, 1, 0], ['Kent', null, 1, 0]],
        'EMPTY',
        ['B3'],
      ],
      ['a zero population', [pairHeader, ['Kent', 0, 1, 0]], 'DIVIDE_BY_ZERO', ['B2']],
      ['a negative population', [pairHeader, ['Kent', -4, 1, 0]], 'OUT_OF_RANGE', ['B2']],
      [
        'a duplicate force',
        [pairHeader, ['Kent', 5, 1, 0], ['Essex', 5, 1, 0], ['KENT POLICE', 5, 1, 0]],
        'DUPLICATE_FORCE',
        ['A2', 'A4'],
      ],
      ['text in a numeric column', [pairHeader, ['Kent', 5, 'n/a', 0]], 'INVALID_NUMBER', ['C2']],
      ['TRUE in a numeric column', [pairHeader, ['Kent', 5, true, 0]], 'INVALID_NUMBER', ['C2']],
      ['an unknown force', [pairHeader, ['Gotham', 5, 1, 0]], 'UNKNOWN_FORCE', ['A2']],
      ['a negative income', [pairHeader, ['Kent', 5, 1, -1]], 'OUT_OF_RANGE', ['D2']],
      [
        'an expenditure without its income',
        [pairHeader, ['Kent', 5, 1, null]],
        'INCOMPLETE_PAIR',
        ['D2'],
      ],
      [
        'no header row',
        [
          ['Name', 'Population'],
          ['Kent', 5],
        ],
        'BAD_HEADER',
        ['A1'],
      ],
      [
        'an income column with no expenditure before it',
        [
          ['Force', 'Population', 'Forensics income'],
          ['Kent', 5, 1],
        ],
        'BAD_HEADER',
        ['C1'],
      ],
      ['figures with no force name', [pairHeader, [null, 5, 1, 0]], 'MISSING_FORCE', ['A2']],
      ['a header with no forces under it', [pairHeader], 'NO_FORCES', ['A1']],
    ])('rejects %s with its code, naming the cells on their sheet', (_, rows, code, cells) => {
      const error = failure(rows);
      expect(error.code).toBe(code);
      expect(error.at).toEqual({ sheet: 'Sample data', cells });
      // The message ends by naming the cells, as the pane shows it.
      expect(error.message).toContain(`on 'Sample data').`);
    });

    it('names the force and the column in a bad number, in the words the core uses', () => {
      const error = failure([pairHeader, ['Kent', 5, 'n/a', 0]]);
      expect(error.message).toMatch(/^Forensics expenditure for Kent must be a number, got "n\/a"/);
    });

    it('names cells by their place on the sheet, not in the range', () => {
      const error = failure([pairHeader, ['Kent', null, 1, 0]], 'C10:F11');
      expect(error.at).toEqual({ sheet: 'Sample data', cells: ['D11'] });
    });

    it('requires "Population" beside "Force"', () => {
      expect(
        failure([
          ['Force', 'People', 'X'],
          ['Kent', 1, 1],
        ]).at?.cells,
      ).toEqual(['B1']);
    });

    it('requires an expenditure column to be followed by its income', () => {
      const error = failure([
        ['Force', 'Population', 'A expenditure', 'B income'],
        ['Kent', 1, 1, 1],
      ]);
      expect([error.code, error.at?.cells]).toEqual(['BAD_HEADER', ['D1']]);
    });

    it('refuses a category that appears twice', () => {
      const error = failure([
        ['Force', 'Population', 'Forensics', 'Forensics NRE'],
        ['Kent', 1, 1, 1],
      ]);
      expect([error.code, error.at?.cells]).toEqual(['BAD_HEADER', ['D1']]);
    });

    it('refuses data with no category columns', () => {
      expect(
        failure([
          ['Force', 'Population'],
          ['Kent', 1],
        ]).code,
      ).toBe('BAD_HEADER');
    });
  });
});
