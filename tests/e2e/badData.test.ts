// Each kind of bad data, typed into the sample sheet through the preview's formula bar, gets one
// message naming the cells, and the benchmark writes nothing.
import {
  errorMessage,
  insertSample,
  LAPTOP,
  markedInvalid,
  message,
  onScreen,
  sheetTabs,
  typeInto,
  usePreview,
} from './harness';

const preview = usePreview('test');

beforeEach(async () => {
  await insertSample(preview.page);
});

/** Tries to benchmark Kent and returns the message shown. */
async function benchmarkKent(): Promise<string> {
  await preview.page.getByLabel('Force or forces').selectOption(['Kent']);
  await preview.page.getByRole('button', { name: 'Write benchmark sheet' }).click();
  const error = errorMessage(preview.page);
  await error.waitFor();
  return (await error.textContent()) ?? '';
}

// Sample rows: Bedfordshire 6, Essex 17, Kent 24, Surrey 40 (header on row 4).
describe('bad data', () => {
  it.each([
    [
      'a missing population',
      'B24',
      '',
      "Population is missing for Kent (cell B24 on 'Sample data').",
    ],
    [
      'a population of zero',
      'B17',
      '0',
      "Population for Essex is zero, so the division has no result (cell B17 on 'Sample data').",
    ],
    [
      'a duplicate force',
      'A6',
      'Kent Police',
      "Kent appears twice (cells A6 and A24 on 'Sample data').",
    ],
    [
      'text in a numeric column',
      'G40',
      'n/a',
      'Forensic science expenditure for Surrey must be a number, got "n/a" (cell G40 on \'Sample data\').',
    ],
    [
      'an unknown force',
      'A5',
      'Gotham City Police',
      '"Gotham City Police" is not one of the 43 England and Wales forces (cell A5 on \'Sample data\').',
    ],
    [
      'a force name with punctuation no force has',
      'A24',
      'Kent!',
      '"Kent!" is not one of the 43 England and Wales forces (cell A24 on \'Sample data\').',
    ],
  ])(
    'shows one message for %s, naming the cell, and writes nothing',
    async (_, address, typed, expected) => {
      await typeInto(preview.page, `'Sample data'!${address}`, typed);
      expect(await benchmarkKent()).toBe(`${expected} Nothing was written.`);
      expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'Sample data']);
    },
  );

  it('says when no forces are left to compare after the exclusions, and writes nothing', async () => {
    await preview.page.getByLabel('A peer group (e.g. most similar forces)').check();
    await preview.page
      .getByLabel('Peer group', { exact: true })
      .selectOption(['Metropolitan Police', 'City of London']);
    expect(await benchmarkKent()).toBe(
      "No forces are left to compare after the exclusions (Metropolitan Police Service, City of London Police) (cells A5:A47 on 'Sample data'). Nothing was written.",
    );
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'Sample data']);
  });

  it('reports a range address that cannot be read, and writes nothing', async () => {
    await preview.page.getByLabel('A range address').check();
    await preview.page.getByLabel('Range address', { exact: true }).fill('Nowhere!A1:B2');
    await preview.page.getByRole('button', { name: 'Read data' }).click();
    const error = errorMessage(preview.page);
    await error.waitFor();
    expect(await error.textContent()).toMatch(
      /^The data could not be read: .*Nothing was written\.$/,
    );
    expect(await sheetTabs(preview.page)).toEqual(['Sheet1', 'Sample data']);
  });

  it('after a failed read on a laptop screen, shows the message, marks the address and empties the force list', async () => {
    const page = preview.page;
    await page.setViewportSize(LAPTOP);
    expect(await page.getByLabel('Force or forces').locator('option').count()).toBe(43);
    await page.getByLabel('A range address').check();
    const address = page.getByLabel('Range address', { exact: true });
    await address.fill('Nowhere!A1:B2');
    await page.getByRole('button', { name: 'Read data' }).click();
    const error = errorMessage(page);
    await error.waitFor();
    expect(await onScreen(error)).toBe(true);
    // Announced as an alert, the only message: the polite status beside it is empty.
    expect(await message(page).textContent()).toBe('');
    expect(await markedInvalid(address)).toBe(true);
    // The forces of the earlier read are gone, so nothing can be benchmarked on them.
    expect(await page.getByLabel('Force or forces').locator('option').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Write benchmark sheet' }).isDisabled()).toBe(
      true,
    );
    // A good read clears the mark.
    await address.fill("'Sample data'!A4:J47");
    await page.getByRole('button', { name: 'Read data' }).click();
    await message(page).and(page.locator('.success')).waitFor();
    expect(await address.getAttribute('aria-invalid')).toBeNull();
    expect(await errorMessage(page).textContent()).toBe('');
  });
});
