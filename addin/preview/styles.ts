// The preview page's own layout: the workbook view filling the page, the task pane in a 320 px
// column at the right as Excel shows it; on a screen too narrow for both, the pane fills the width
// above the workbook. Added to the pane's stylesheet (see ui/styles.ts).

export const PREVIEW_CSS = `
body { height: 100vh; overflow: hidden; }
.preview { display: flex; height: 100vh; }
.workbook { flex: 1; min-width: 0; overflow: auto; padding: 12px; background: var(--colorNeutralBackground2); }
.workbook h1 { font-size: 16px; font-weight: 600; margin: 0 0 8px; }
.taskpane-column { flex: none; width: 320px; overflow-y: auto; border-left: 1px solid var(--colorNeutralStroke2);
  background: var(--colorNeutralBackground1); }
.sheet-tabs { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 6px; }
.sheet-tab { font-weight: 400; min-height: 28px; padding: 2px 10px; }
.sheet-tab[aria-pressed='true'] { font-weight: 600; border-bottom: 3px solid var(--colorCompoundBrandStroke); }
.bars { display: flex; gap: 6px; margin-bottom: 6px; }
.bars .name-box { flex: 0 0 180px; width: 180px; }
.bars .formula-bar { flex: 1; font-family: Consolas, 'Courier New', monospace; font-size: 13px; }
.grid-scroll { overflow: auto; max-height: 62vh; border: 1px solid var(--colorNeutralStroke1); background: #fff; }
table.grid { border-collapse: collapse; table-layout: fixed; font-size: 12px; line-height: 18px; }
table.grid col.row-head { width: 40px; }
table.grid th { background: var(--colorNeutralBackground3); color: var(--colorNeutralForeground3); font-weight: 400;
  border: 1px solid var(--colorNeutralStroke2); position: sticky; top: 0; }
table.grid tbody th { position: sticky; left: 0; text-align: center; }
table.grid td { border: 1px solid var(--colorNeutralStroke2); padding: 0 4px; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; cursor: cell; }
table.grid td.num { text-align: right; }
table.grid td.err { color: var(--colorPaletteRedForeground1); }
table.grid td.bold { font-weight: 600; }
table.grid td.selected { background: #ebf3fc; outline: 1px solid var(--colorBrandBackground); }
.charts { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 12px; }
.chart-box { margin: 0; padding: 8px; background: #fff; border: 1px solid var(--colorNeutralStroke2);
  border-radius: var(--borderRadiusMedium); }
@media (max-width: 639px) {
  body { height: auto; overflow: visible; }
  .preview { flex-direction: column; height: auto; }
  .taskpane-column { order: -1; width: 100%; overflow: visible; border-left: none;
    border-bottom: 1px solid var(--colorNeutralStroke2); }
  .workbook { overflow: auto; }
}
`;
