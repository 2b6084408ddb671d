// Why a workbook action failed, as a code the task pane can act on and a message it can show as is.
// One class for both ports (Office JS and in-memory), so the task pane handles either the same way.
// Every code but WRITE_FAILED means the workbook was not changed; a WRITE_FAILED message says
// exactly what the failed write left (nothing, or a complete sheet it could not swap in).

export type WorkbookErrorCode =
  /** A sheet of that name exists and the write did not ask to replace it. */
  | 'SHEET_EXISTS'
  /** The sheet name is not one Excel accepts. */
  | 'BAD_SHEET_NAME'
  /** The sheet asked for (to read from or to activate) is not in the workbook. */
  | 'NO_SUCH_SHEET'
  /** The table asked for is not in the workbook. */
  | 'NO_SUCH_TABLE'
  /** A table of that name exists already (in-memory workbook). */
  | 'TABLE_EXISTS'
  /** An address that is not an A1 reference (in-memory workbook). */
  | 'BAD_ADDRESS'
  /** A defined name that Excel would not accept, or one defined twice (in-memory workbook). */
  | 'BAD_NAME'
  /** Excel refused a read, a listing or an activation (nothing was changed). */
  | 'EXCEL_REFUSED'
  /** A write failed part-way; the message says what is left (normally nothing). */
  | 'WRITE_FAILED';

export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';

  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}
