// The one message the pane shows when an action fails for a reason other than bad input: what went
// wrong and, truthfully, what became of the workbook.
import { WorkbookError } from '../../workbook/errors';

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The message for an action that failed with `error`. `written` names a sheet the action had
 * already finished writing when it failed; without it, the failure came before anything was
 * written or inside the port's write, whose error says itself what was kept (the Office JS port
 * may not manage to remove a half-written sheet, and must not be contradicted).
 */
export function failureMessage(error: unknown, written?: string): string {
  const reason = sentence(error instanceof Error ? error.message : String(error));
  if (written !== undefined) return `The sheet "${written}" was written, but then: ${reason}`;
  if (error instanceof WorkbookError) {
    return error.code === 'WRITE_FAILED' ? reason : `${reason} Nothing was written.`;
  }
  return `Something went wrong: ${reason} Nothing was written.`;
}
