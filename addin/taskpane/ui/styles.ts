// The pane's Fluent 2 look in plain CSS (Office's colour tokens, Segoe UI, 4 px corners, visible
// focus). Applied as a constructed stylesheet: the pages' CSP forbids inline <style> and style
// attributes, and the build has no CSS loader.
import { CHART_COLOURS } from '../../workbook/port';

const CSS = `
:root {
  --colorNeutralForeground1: #242424;
  --colorNeutralForeground2: #424242;
  --colorNeutralForeground3: #616161;
  --colorNeutralBackground1: #ffffff;
  --colorNeutralBackground2: #fafafa;
  --colorNeutralBackground3: #f5f5f5;
  --colorNeutralStroke1: #d1d1d1;
  --colorNeutralStroke2: #e0e0e0;
  --colorBrandBackground: #0f6cbd;
  --colorBrandBackgroundHover: #115ea3;
  --colorBrandBackgroundPressed: #0c3b5e;
  --colorBrandForeground1: #0f6cbd;
  --colorCompoundBrandStroke: #0f6cbd;
  --colorStrokeFocus2: #000000;
  --colorPaletteRedForeground1: #bc2f32;
  --colorPaletteRedBackground1: #fdf6f6;
  --colorPaletteRedBorder1: #f1bbbc;
  --colorPaletteGreenForeground1: #0e700e;
  --colorPaletteGreenBackground1: #f1faf1;
  --colorPaletteGreenBorder1: #9fd89f;
  --borderRadiusMedium: 4px;
  --fontFamilyBase: 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont,
    Roboto, 'Helvetica Neue', sans-serif;
}
* { box-sizing: border-box; }
body { margin: 0; font-family: var(--fontFamilyBase); font-size: 14px; line-height: 20px;
  color: var(--colorNeutralForeground1); background: var(--colorNeutralBackground1); }
.pane { padding: 12px; min-width: 0; }
.pane h1 { font-size: 16px; line-height: 22px; font-weight: 600; margin: 0 0 8px; }
.pane h2 { font-size: 14px; font-weight: 600; margin: 16px 0 4px; }
.tabs { display: flex; gap: 4px; border-bottom: 1px solid var(--colorNeutralStroke2); margin-bottom: 12px; }
.tab { font: inherit; background: none; border: none; border-bottom: 3px solid transparent;
  padding: 6px 10px; color: var(--colorNeutralForeground2); cursor: pointer; border-radius: var(--borderRadiusMedium) var(--borderRadiusMedium) 0 0; }
.tab[aria-selected='true'] { color: var(--colorNeutralForeground1); font-weight: 600;
  border-bottom-color: var(--colorCompoundBrandStroke); }
fieldset { border: 1px solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium);
  margin: 0 0 10px; padding: 8px 10px 10px; min-width: 0; }
legend { font-weight: 600; padding: 0 4px; }
.field { display: flex; flex-direction: column; gap: 2px; margin: 6px 0; }
.check { display: flex; align-items: flex-start; gap: 6px; margin: 4px 0; }
.check input { margin: 3px 0 0; flex: none; }
.hint { color: var(--colorNeutralForeground3); font-size: 12px; line-height: 16px; }
input[type='text'], select { font: inherit; color: inherit; width: 100%; min-height: 32px;
  padding: 4px 8px; border: 1px solid var(--colorNeutralStroke1); border-bottom-color: #616161;
  border-radius: var(--borderRadiusMedium); background: var(--colorNeutralBackground1); }
select[multiple] { min-height: 120px; padding: 2px; }
input:disabled, select:disabled, button:disabled { opacity: 0.55; cursor: not-allowed; }
button { font: inherit; font-weight: 600; min-height: 32px; padding: 5px 12px; cursor: pointer;
  border-radius: var(--borderRadiusMedium); border: 1px solid var(--colorNeutralStroke1);
  background: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1); }
button:hover:not(:disabled) { background: var(--colorNeutralBackground3); }
button.primary { background: var(--colorBrandBackground); border-color: transparent; color: #fff; }
button.primary:hover:not(:disabled) { background: var(--colorBrandBackgroundHover); }
button.primary:active:not(:disabled) { background: var(--colorBrandBackgroundPressed); }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 2px; }
input[type='radio']:focus-visible, input[type='checkbox']:focus-visible { outline-offset: 1px; }
.status { min-height: 64px; margin: 8px 0; }
.message { border-radius: var(--borderRadiusMedium); padding: 6px 10px; border: 1px solid transparent; }
.message:empty { display: none; }
.message.error { color: var(--colorPaletteRedForeground1); background: var(--colorPaletteRedBackground1);
  border-color: var(--colorPaletteRedBorder1); }
.message.success { color: var(--colorPaletteGreenForeground1); background: var(--colorPaletteGreenBackground1);
  border-color: var(--colorPaletteGreenBorder1); }
.message.info { background: var(--colorNeutralBackground3); }
.status.alerting { position: sticky; bottom: 0; z-index: 1; padding: 4px 0; background: var(--colorNeutralBackground1); }
[aria-invalid='true'] { border-color: var(--colorPaletteRedForeground1);
  outline: 2px solid var(--colorPaletteRedForeground1); outline-offset: 0; }
.results .snapshot { font-size: 12px; color: var(--colorNeutralForeground3); font-style: italic; margin: 0 0 4px; }
progress { width: 100%; height: 4px; margin: 0 0 4px; accent-color: var(--colorBrandBackground); }
progress.idle { visibility: hidden; }
.results table { border-collapse: collapse; width: 100%; font-size: 12px; line-height: 16px; }
.results caption { text-align: left; font-weight: 600; padding: 4px 0; }
.results th, .results td { padding: 3px 4px; border-bottom: 1px solid var(--colorNeutralStroke2); text-align: right; }
.results th:first-child, .results td:first-child { text-align: left; }
.results thead th { color: var(--colorNeutralForeground2); font-weight: 600; }
.results .notes { font-size: 12px; color: var(--colorNeutralForeground3); margin: 6px 0; }
.chart { display: block; max-width: 100%; height: auto; margin: 8px 0; font-size: 11px; }
.chart-title { font-weight: 600; font-size: 12px; fill: var(--colorNeutralForeground1); }
.chart-label, .chart-value { fill: var(--colorNeutralForeground2); }
.bar { fill: var(--colorBrandBackground); }
.bar-negative { fill: #479ef5; }
.bar-highlight { fill: ${CHART_COLOURS.highlight}; }
.axis { stroke: var(--colorNeutralStroke1); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Adds the pane's stylesheet (plus any page-specific CSS) to a document. */
export function adoptStyles(doc: Document, extra = ''): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS + extra);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
