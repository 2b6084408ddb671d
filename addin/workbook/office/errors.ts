// Why a workbook action failed, as a code the task pane can act on and a message it can show as is.
// Codes shared with the in-memory port keep its spelling (SHEET_EXISTS, NO_SUCH_SHEET, ...).

export type WorkbookErrorCode =
  /** A sheet of that name exists and the write did not ask to replace it. */
  | 'SHEET_EXISTS'
  /** A workbook-scoped name the write defines is already in use. */
  | 'NAME_EXISTS'
  /** The sheet name is not one Excel accepts. */
  | 'BAD_SHEET_NAME'
  /** The sheet asked for (to read from or to activate) is not in the workbook. */
  | 'NO_SUCH_SHEET'
  /** The table asked for is not in the workbook. */
  | 'NO_SUCH_TABLE'
  /** Excel refused a read, a listing or an activation (nothing was changed). */
  | 'EXCEL_REFUSED'
  /** Excel refused a write part-way; what had been written was removed. */
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

/** Excel's own text for a rejected sync (OfficeExtension.Error has a message), for our messages. */
export function excelReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when Excel rejected a sync because an item it was asked for does not exist. */
export function isItemNotFound(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: unknown }).code === 'ItemNotFound'
  );
}
