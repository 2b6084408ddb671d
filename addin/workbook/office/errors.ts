// Reading Excel's rejections; the error class itself is shared by both ports (../errors).
export { WorkbookError, type WorkbookErrorCode } from '../errors';

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
