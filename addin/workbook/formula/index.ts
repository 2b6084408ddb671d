// A small formula engine for previewing the add-in's sheets without Excel: enough of Excel's
// grammar and semantics for the formulas the task pane writes, evaluated like Excel would. It
// serves the preview page and the tests only; Excel itself calculates the add-in's sheets.
//
// Supported: numbers, strings, TRUE/FALSE, error literals, array constants ({1,2;3,4}); cell and
// range references with $ marks, on other sheets ('Sample data'!E5:E47); workbook- and
// sheet-scoped names (a sheet's own first), #REF! for a name whose sheet was deleted; operators
// - % ^ * / + - & and comparisons with Excel's precedence, numbers compared at 15 significant
// digits; errors as values that propagate; element-wise operators and spilled array results; SUM
// AVERAGE MIN MAX COUNT COUNTA ROUND ABS IF IFERROR AND OR NOT RANK.EQ RANK INDEX MATCH CHOOSE
// SUMPRODUCT LARGE SMALL; COLLAB.<ID>(...) through a caller's registry.
//
// Bounded like Excel: formulas over 8,192 characters or nested over 64 levels are refused
// (#NAME?); long operator chains and long or circular chains of cells are evaluated in loops;
// ranges over 65,536 cells read only the cells that hold something (functions that need the
// range's shape see it cut at the sheet's used extent, or #NUM! if that is still too large).
//
// Not supported: whole-column or whole-row references (A:A, 1:1), R1C1 notation, the
// intersection and union operators (space and comma), structured table references
// (Table1[Column]), 3-D references (Sheet1:Sheet3!A1), wildcards in MATCH, functions returning
// references (INDEX(...):B5, OFFSET, INDIRECT), volatile functions, dates, number formats applied
// to values, and overlapping spills (two arrays spilling over the same cells are not reported as
// #SPILL!). Formula text that cannot be parsed shows #NAME?; a circular reference shows #CYCLE!.
// An error anywhere in a custom function's argument is its result (the function is not called).

export * from '../a1';
export { Ref, type EvalContext, type FunctionRegistry, type Value } from './context';
export { evaluate } from './evaluate';
export { parseFormula, type BinaryOp, type Expr } from './parser';
export { FormulaSyntaxError, tokenize, type Token } from './tokenizer';
export {
  CellError,
  ERROR_CODES,
  display,
  isError,
  parseInput,
  type ErrorCode,
  type Matrix,
  type Scalar,
} from './values';
