// A small formula engine for previewing the add-in's sheets without Excel: enough of Excel's
// grammar and semantics for the formulas the task pane writes, evaluated like Excel would.
//
// Supported: numbers, strings, TRUE/FALSE, error literals; cell and range references with $ marks,
// on other sheets ('Sample data'!E5:E47); workbook-scoped names; operators - % ^ * / + - & and
// comparisons with Excel's precedence; errors as values that propagate; element-wise operators and
// spilled array results; SUM AVERAGE MIN MAX COUNT COUNTA ROUND ABS IF IFERROR AND OR NOT RANK.EQ
// RANK INDEX MATCH CHOOSE SUMPRODUCT LARGE SMALL; COLLAB.<ID>(...) through a caller's registry.
//
// Not supported: whole-column or whole-row references (A:A, 1:1), R1C1 notation, array constants
// ({1,2;3,4}), the intersection and union operators (space and comma), structured table
// references (Table1[Column]), sheet-scoped names, 3-D references (Sheet1:Sheet3!A1), wildcards
// in MATCH, functions returning references (INDEX(...):B5, OFFSET, INDIRECT), volatile functions,
// dates, number formats applied to values, Excel's 15-significant-digit rounding of results, and
// overlapping spills (two arrays spilling over the same cells are not reported as #SPILL!).
// Formula text that cannot be parsed shows #NAME?; a circular reference shows #CYCLE!. An
// error anywhere in a custom function's argument is its result (the function is not called).

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
