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
    expect(data.forces.map((f) => f.figures[0])).toEqual([
      { kind: 'pair', expenditure: 9000000, income: 500000 },
      { kind: 'pair', expenditure: 8000000, income: 0 },
    ]);
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
    expect(data.forces[0]).toMatchObject({ name: 'Kent', row: 3, population: 10 });
  });

  it('treats a blank figure, or a blank pair, as not reported', () => {
    const data = readBenchmarkData(range([pairHeader, ['Kent', 10, null, null]]));
    expect(data.forces[0]?.figures).toEqual([null]);
  });

  it('matches force names whatever their spelling', () => {
    const data = readBenchmarkData(
      range([
        ['Force', 'Population', 'X'],
        ['Kent Police', 10, 1],
        ['London, City of', 1, 1],
      ]),
    );
    expect(data.forces.map((f) => f.key)).toEqual(['kent', 'cityoflondon']);
  });

  describe('bad data: one message naming the cells', () => {
    it.each<[string, CellValue[][], string, string]>([
      [
        'a missing population',
        [pairHeader, ['Essex', 5, 1, 0], ['Kent', null, 1, 0]],
        'MISSING_POPULATION',
        "Population is missing for Kent (cell B3 on 'Sample data').",
      ],
      [
        'a zero population',
        [pairHeader, ['Kent', 0, 1, 0]],
        'POPULATION_NOT_POSITIVE',
        "Population for Kent must be greater than zero, got 0 (cell B2 on 'Sample data').",
      ],
      [
        'a negative population',
        [pairHeader, ['Kent', -4, 1, 0]],
        'POPULATION_NOT_POSITIVE',
        "Population for Kent must be greater than zero, got -4 (cell B2 on 'Sample data').",
      ],
      [
        'a duplicate force',
        [pairHeader, ['Kent', 5, 1, 0], ['Essex', 5, 1, 0], ['KENT POLICE', 5, 1, 0]],
        'DUPLICATE_FORCE',
        "KENT POLICE appears twice (cells A2 and A4 on 'Sample data').",
      ],
      [
        'text in a numeric column',
        [pairHeader, ['Kent', 5, 'n/a', 0]],
        'NOT_A_NUMBER',
        'Forensics expenditure for Kent is "n/a", not a number (cell C2 on \'Sample data\').',
      ],
      [
        'an unknown force',
        [pairHeader, ['Gotham', 5, 1, 0]],
        'UNKNOWN_FORCE',
        '"Gotham" is not one of the 43 England and Wales forces (cell A2 on \'Sample data\').',
      ],
      [
        'a negative income',
        [pairHeader, ['Kent', 5, 1, -1]],
        'NEGATIVE_AMOUNT',
        "Forensics income for Kent must be zero or more, got -1 (cell D2 on 'Sample data').",
      ],
      [
        'an expenditure without its income',
        [pairHeader, ['Kent', 5, 1, null]],
        'INCOMPLETE_PAIR',
        "Forensics income is missing for Kent (give both figures, or leave both blank if it did not report) (cell D2 on 'Sample data').",
      ],
      [
        'no header row',
        [
          ['Name', 'Population'],
          ['Kent', 5],
        ],
        'BAD_HEADER',
        'No header row found: the first column needs a cell reading "Force", with "Population" beside it (cell A1 on \'Sample data\').',
      ],
      [
        'an income column with no expenditure before it',
        [
          ['Force', 'Population', 'Forensics income'],
          ['Kent', 5, 1],
        ],
        'BAD_HEADER',
        '"Forensics income" needs an expenditure column just before it (cell C1 on \'Sample data\').',
      ],
      [
        'figures with no force name',
        [pairHeader, [null, 5, 1, 0]],
        'MISSING_FORCE',
        "A row has figures but no force name (cell A2 on 'Sample data').",
      ],
      [
        'a header with no forces under it',
        [pairHeader],
        'NO_FORCES',
        "The data has a header but no forces under it (cell A1 on 'Sample data').",
      ],
    ])('rejects %s', (_, rows, code, message) => {
      const error = failure(rows);
      expect(error.code).toBe(code);
      expect(error.message).toBe(message);
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
