// Reading Excel's rejections; the error class itself is shared by both ports (../errors).
export { WorkbookError, type WorkbookErrorCode } from '../errors';

/** Excel's own text for a rejected sync (OfficeExtension.Error has a message), for our messages. */
export function excelReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when Excel rejected a sync because an item it was asked for does not exist. */
export function isItemNotFound(error: unknown): boolean {
  return codeOf(error) === 'ItemNotFound';
}

/** The code of an OfficeExtension.Error, e.g. "ItemNotFound"; undefined for anything else. */
function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error
    ? (error as { code: unknown }).code
    : undefined;
}

/** True when Excel rejected adding an item because one of that name exists. */
export function isItemAlreadyExists(error: unknown): boolean {
  return codeOf(error) === 'ItemAlreadyExists';
}
