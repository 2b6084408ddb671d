// The in-memory workbook, its WorkbookPort, and the A1 helpers a grid view needs.
export {
  MemoryWorkbook,
  WorkbookError,
  type CellView,
  type ChartSeries,
  type ChartView,
  type MemoryWorkbookOptions,
  type NameInfo,
  type NameTarget,
  type SheetRange,
  type TableInfo,
  type WorkbookErrorCode,
  type WorkbookListener,
} from './workbook';
export { MemoryPort, type MemoryPortOptions, type WriteStep } from './port';
export type { FunctionRegistry } from './calc';
export * from '../a1';
