// The pane's Fluent 2 look in plain CSS: Fluent's web tokens by value (type ramp, 4 px spacing,
// neutral and brand colours, 4 px corners, 32 px controls, 2 px focus ring), no Fluent package.
// Applied as a constructed stylesheet: the pages' CSP forbids inline <style> and style attributes,
// and the build has no CSS loader.
import { CHART_COLOURS } from '../../workbook/port';

const CSS = `
:root {
  /* Fluent 2 web tokens, by value (no Fluent package): the neutral and brand colours Office uses. */
  --colorNeutralForeground1: #242424;
  --colorNeutralForeground2: #424242;
  --colorNeutralForeground3: #616161;
  --colorNeutralForegroundDisabled: #bdbdbd;
  --colorNeutralForegroundOnBrand: #ffffff;
  --colorNeutralBackground1: #ffffff;
  --colorNeutralBackground2: #fafafa;
  --colorNeutralBackground3: #f5f5f5;
  --colorNeutralBackground1Hover: #f5f5f5;
  --colorNeutralBackground1Pressed: #e0e0e0;
  --colorNeutralBackgroundDisabled: #f0f0f0;
  --colorNeutralStroke1: #d1d1d1;
  --colorNeutralStroke1Hover: #c7c7c7;
  --colorNeutralStroke2: #e0e0e0;
  --colorNeutralStrokeAccessible: #616161;
  --colorNeutralStrokeDisabled: #e0e0e0;
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
  /* Type ramp: caption 12/16, body 14/20, subtitle 16/22 semibold. */
  --fontFamilyBase: 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont,
    Roboto, 'Helvetica Neue', sans-serif;
  --fontSizeBase200: 12px; --lineHeightBase200: 16px;
  --fontSizeBase300: 14px; --lineHeightBase300: 20px;
  --fontSizeBase400: 16px; --lineHeightBase400: 22px;
  --fontWeightRegular: 400; --fontWeightSemibold: 600;
  /* Spacing on Fluent's 4 px grid. */
  --spacingXS: 4px; --spacingS: 8px; --spacingM: 12px; --spacingL: 16px;
  --borderRadiusMedium: 4px;
  --strokeWidthThin: 1px; --strokeWidthThick: 2px;
  /* Fluent's medium control height: every button, box, list, tab and option row. */
  --controlHeight: 32px;
}
* { box-sizing: border-box; }
body { margin: 0; font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300); color: var(--colorNeutralForeground1);
  background: var(--colorNeutralBackground1); }
.pane { padding: var(--spacingM); min-width: 0; overflow-wrap: break-word; }
.pane h1 { font-size: var(--fontSizeBase400); line-height: var(--lineHeightBase400);
  font-weight: var(--fontWeightSemibold); margin: 0 0 var(--spacingS); }
.pane h2 { font-size: var(--fontSizeBase300); font-weight: var(--fontWeightSemibold);
  margin: var(--spacingL) 0 var(--spacingXS); }
.tabs { display: flex; gap: var(--spacingXS); border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2);
  margin-bottom: var(--spacingM); }
.tab { font: inherit; min-height: var(--controlHeight); background: none; border: none;
  border-bottom: 3px solid transparent; padding: 0 var(--spacingM); color: var(--colorNeutralForeground2);
  cursor: pointer; border-radius: var(--borderRadiusMedium) var(--borderRadiusMedium) 0 0; }
.tab:hover { color: var(--colorNeutralForeground1); background: var(--colorNeutralBackground1Hover); }
.tab[aria-selected='true'] { color: var(--colorNeutralForeground1); font-weight: var(--fontWeightSemibold);
  border-bottom-color: var(--colorCompoundBrandStroke); }
fieldset { border: var(--strokeWidthThin) solid var(--colorNeutralStroke2); border-radius: var(--borderRadiusMedium);
  margin: 0 0 var(--spacingM); padding: var(--spacingS) var(--spacingM) var(--spacingM); min-width: 0; }
legend { font-weight: var(--fontWeightSemibold); padding: 0 var(--spacingXS); }
label { cursor: pointer; }
.field { display: flex; flex-direction: column; gap: var(--spacingXS); margin: var(--spacingS) 0; }
.check { display: flex; align-items: center; gap: var(--spacingS); min-height: var(--controlHeight); }
.check input { width: 16px; height: 16px; margin: 0; flex: none; accent-color: var(--colorBrandBackground); }
.hint { color: var(--colorNeutralForeground3); font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200);
  margin: var(--spacingXS) 0; }
input[type='text'], select { font: inherit; color: inherit; width: 100%; min-height: var(--controlHeight);
  padding: var(--spacingXS) var(--spacingS); border: var(--strokeWidthThin) solid var(--colorNeutralStroke1);
  border-bottom-color: var(--colorNeutralStrokeAccessible); border-radius: var(--borderRadiusMedium);
  background: var(--colorNeutralBackground1); }
input[type='text']:hover:not(:disabled), select:hover:not(:disabled) { border-color: var(--colorNeutralStroke1Hover);
  border-bottom-color: var(--colorNeutralForeground2); }
select[multiple] { min-height: 120px; padding: var(--spacingXS); }
select[multiple] option { min-height: 24px; padding: var(--spacingXS); }
button { font: inherit; font-weight: var(--fontWeightSemibold); min-height: var(--controlHeight);
  padding: 5px var(--spacingM); cursor: pointer; border-radius: var(--borderRadiusMedium);
  border: var(--strokeWidthThin) solid var(--colorNeutralStroke1); background: var(--colorNeutralBackground1);
  color: var(--colorNeutralForeground1); }
button:hover:not(:disabled) { background: var(--colorNeutralBackground1Hover); border-color: var(--colorNeutralStroke1Hover); }
button:active:not(:disabled) { background: var(--colorNeutralBackground1Pressed); }
button.primary { background: var(--colorBrandBackground); border-color: transparent;
  color: var(--colorNeutralForegroundOnBrand); }
button.primary:hover:not(:disabled) { background: var(--colorBrandBackgroundHover); }
button.primary:active:not(:disabled) { background: var(--colorBrandBackgroundPressed); }
/* Disabled as Fluent draws it: grey text on grey, not a faded copy of the live control. */
input:disabled, select:disabled, button:disabled, button.primary:disabled { cursor: not-allowed;
  color: var(--colorNeutralForegroundDisabled); background: var(--colorNeutralBackgroundDisabled);
  border-color: var(--colorNeutralStrokeDisabled); }
.actions { display: flex; flex-wrap: wrap; gap: var(--spacingS); margin: var(--spacingS) 0; }
/* Fluent's focus indicator: a 2 px ring, clear of the control, only for keyboard focus. */
:focus-visible { outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); outline-offset: 2px; }
input[type='radio']:focus-visible, input[type='checkbox']:focus-visible { outline-offset: 1px; }
.status { min-height: 64px; margin: var(--spacingS) 0; }
.message { border-radius: var(--borderRadiusMedium); padding: var(--spacingS) var(--spacingM);
  border: var(--strokeWidthThin) solid transparent; }
.message:empty { display: none; }
.message.error { color: var(--colorPaletteRedForeground1); background: var(--colorPaletteRedBackground1);
  border-color: var(--colorPaletteRedBorder1); }
.message.success { color: var(--colorPaletteGreenForeground1); background: var(--colorPaletteGreenBackground1);
  border-color: var(--colorPaletteGreenBorder1); }
.message.info { background: var(--colorNeutralBackground3); }
.status.alerting { position: sticky; bottom: 0; z-index: 1; padding: var(--spacingXS) 0;
  background: var(--colorNeutralBackground1); }
[aria-invalid='true'] { border-color: var(--colorPaletteRedForeground1);
  outline: var(--strokeWidthThick) solid var(--colorPaletteRedForeground1); outline-offset: 0; }
/* A marked box with keyboard focus keeps its red ring, moved clear of the box like a focus ring. */
[aria-invalid='true']:focus-visible { outline-offset: 2px; }
.results .snapshot { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200);
  color: var(--colorNeutralForeground3); font-style: italic; margin: 0 0 var(--spacingXS); }
progress { width: 100%; height: 4px; margin: 0 0 var(--spacingXS); accent-color: var(--colorBrandBackground); }
progress.idle { visibility: hidden; }
.results table { border-collapse: collapse; width: 100%; font-size: var(--fontSizeBase200);
  line-height: var(--lineHeightBase200); }
.results caption { text-align: left; font-weight: var(--fontWeightSemibold); padding: var(--spacingXS) 0; }
/* Figures never break inside; headings and category names wrap between words. */
.results th, .results td { padding: var(--spacingXS) 0 var(--spacingXS) var(--spacingXS);
  border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2); text-align: right; }
.results td { white-space: nowrap; }
.results th:first-child, .results td:first-child { text-align: left; }
.results thead th { color: var(--colorNeutralForeground2); font-weight: var(--fontWeightSemibold); }
.results .notes { font-size: var(--fontSizeBase200); line-height: var(--lineHeightBase200);
  color: var(--colorNeutralForeground3); margin: var(--spacingS) 0; }
.chart { display: block; max-width: 100%; height: auto; margin: var(--spacingS) 0; font-size: 11px; }
.chart-title { font-weight: var(--fontWeightSemibold); font-size: var(--fontSizeBase200); fill: var(--colorNeutralForeground1); }
.chart-label, .chart-value { fill: var(--colorNeutralForeground2); }
.bar { fill: var(--colorBrandBackground); }
.bar-negative { fill: #479ef5; }
.bar-highlight { fill: ${CHART_COLOURS.highlight}; }
.axis { stroke: var(--colorNeutralStrokeAccessible); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** Adds the pane's stylesheet (plus any page-specific CSS) to a document. */
export function adoptStyles(doc: Document, extra = ''): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS + extra);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
