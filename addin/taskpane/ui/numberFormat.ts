// Shows a number the way Excel would under the simple number formats this add-in writes:
// "£#,##0.00", "#,##0", "0.0%", "+0.0%;-0.0%;0.0%", "+£#,##0;-£#,##0;£0" (sections for positive,
// negative and zero; literal text such as £ or + kept; % scales by 100). The formats both tabs write
// are named here once.

/** Whole pounds, negatives with a minus: £1,234 / -£1,234. */
export const MONEY = '£#,##0;-£#,##0;£0';
/** Whole pounds, one section. */
export const WHOLE_POUNDS = '£#,##0';
/** Pounds and pence. */
export const PENCE = '£#,##0.00';
/** A count in whole numbers with thousands separators (populations). */
export const WHOLE = '#,##0';
/** A rate to two decimals of a per cent. */
export const RATE = '0.00%';
/** A variance, signed: +5.0% / -5.0%. */
export const SIGNED_RATE = '+0.0%;-0.0%;0.0%';

function section(format: string, value: number): { pattern: string; value: number } {
  const parts = format.split(';');
  if (value < 0 && parts.length > 1) return { pattern: parts[1] as string, value: -value };
  if (value === 0 && parts.length > 2) return { pattern: parts[2] as string, value };
  return { pattern: parts[0] as string, value };
}

/** The number as text under an Excel number format; "General" (or none) shows it plainly. */
export function formatNumber(value: number, format: string | undefined): string {
  if (format === undefined || format === '' || /^general$/i.test(format)) {
    return String(Number.isInteger(value) ? value : Number(value.toPrecision(10)));
  }
  const { pattern, value: shown } = section(format, value);
  const digits = /[#0][#0,.]*/.exec(pattern);
  if (digits === null) return pattern;
  const percent = pattern.includes('%');
  // Commas after the last digit scale by 1,000 each ("#,##0," shows £000), as in Excel.
  const thousands = /,+$/.exec(digits[0])?.[0].length ?? 0;
  const body = digits[0].slice(0, digits[0].length - thousands);
  const decimals = (/\.(0+)/.exec(body)?.[1] ?? '').length;
  const grouped = body.includes(',');
  const scaled = (percent ? shown * 100 : shown) / 1000 ** thousands;
  const text = Math.abs(scaled).toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  // A negative number in a one-section format keeps its minus sign in front, as Excel shows it.
  const sign = scaled < 0 && Math.abs(scaled) >= 0.5 * 10 ** -decimals ? '-' : '';
  const before = pattern.slice(0, digits.index);
  const after = pattern.slice(digits.index + digits[0].length);
  return `${sign}${before}${text}${after}`;
}
