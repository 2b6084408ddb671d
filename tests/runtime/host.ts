// A stand-in for Excel around Microsoft's own custom-functions runtime: headless Chromium loads
// @microsoft/office-js's custom-functions-runtime.js (the code Excel runs) and the built
// dist/functions.js, and this host talks to the runtime the way Excel does, through the native
// bridge: type-3 messages invoke functions, and the runtime's RichApi ProcessQuery requests
// (SetInvocationArrayResults, or SetInvocationResults before internal version 1.7) are answered.
import { readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, ROOT, serveDist } from '../e2e/harness';

const OFFICE_JS = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const RUNTIME_PAGE = 'custom-functions-host.html';

/** The most Excel on the web takes in one payload: results beyond it never arrive. */
export const PAYLOAD_CAP = 5 * 1024 * 1024;

/** Invocation flags Excel sets on an entry (custom-functions-runtime.js reads these bits). */
export const Flags = { cancelable: 1, streaming: 2, errorsAllowed: 4, dataTypes: 8 } as const;

/** An error cell as Excel passes it when errors are allowed (flag 4). */
export const errorCell = (code: string) => ({ type: 'CustomFunctionError', code });

/** A data-type cell as Excel passes it when custom data is allowed (flag 8): its JSON, wrapped. */
export const dataTypeCell = (value: Record<string, unknown>) => ({ value: JSON.stringify(value) });

export interface Metadata {
  readonly functions: readonly {
    readonly id: string;
    readonly parameters: readonly { readonly optional?: boolean; readonly repeating?: boolean }[];
  }[];
  readonly allowCustomDataForDataTypeAny?: boolean;
}

/** The metadata Excel registers the functions from, as the build wrote it. */
export const metadata = JSON.parse(
  readFileSync(join(ROOT, 'dist', 'functions.json'), 'utf8'),
) as Metadata;

/** One call as a worksheet makes it: the function's id and its arguments, each a grid. */
export interface Call {
  readonly id: string;
  readonly args: readonly unknown[];
  readonly flags?: number;
}

/** What came back for a call through the runtime's results request. */
export interface Answer {
  /** false when the invocation failed (threw, returned NaN or Infinity, was not found…). */
  readonly ok: boolean;
  readonly value: unknown;
  /** The runtime's error code for a failed invocation (9 and 10: function not found). */
  readonly errorCode?: number;
  /** Length of the result's JSON in the request sent to Excel. */
  readonly bytes: number;
  /** From handing Excel's message to the runtime until the result reached Excel. */
  readonly ms: number;
}

/** How the host differs from the least capable Excel the manifest admits. */
export interface HostOptions {
  /**
   * The internal CustomFunctions set Excel reports besides the manifest's requirement sets (1.9
   * unless given): from 1.7 results travel as SetInvocationArrayResults.
   */
  readonly customFunctions?: number;
  /** Also load taskpane.js into the page after functions.js, as the shared runtime page does. */
  readonly taskpane?: boolean;
}

/**
 * The arguments of a call in the order Excel passes them: omitted optional parameters as null and
 * a repeating parameter's arguments gathered into one list.
 */
export function parameterValues(call: Call): unknown[] {
  const fn = metadata.functions.find((f) => f.id === call.id);
  if (fn === undefined) return [...call.args];
  return fn.parameters.map((p, i) =>
    p.repeating === true ? call.args.slice(i) : (call.args[i] ?? null),
  );
}

/**
 * Runs in the page before any script: the native bridge and window.external that Excel provides.
 * Kept free of imports and helpers: Playwright sends its source text to the browser.
 */
function installHost(options: { matrix: string }): void {
  interface Settled {
    ok: boolean;
    value: unknown;
    errorCode?: number;
    bytes: number;
    ms: number;
  }
  interface Action {
    Id: number;
    ActionType: number;
    Name: string;
    ArgumentInfo?: { Arguments?: unknown[] };
  }
  const started = new Map<number, number>();
  const waiting = new Map<number, (answer: Settled) => void>();
  const requests: number[] = [];
  let ready = false;

  const settle = (id: number, answer: Omit<Settled, 'ms'>) => {
    const done = waiting.get(id);
    waiting.delete(id);
    done?.({ ...answer, ms: performance.now() - (started.get(id) ?? 0) });
  };

  const bridge = {
    onMessageFromHost: undefined as ((text: string) => void) | undefined,
    sendMessageToHost(text: string) {
      const request = JSON.parse(text) as {
        id: number;
        type: number;
        message: { body: { Actions: Action[] } };
      };
      if (request.type !== 1) return;
      requests.push(text.length);
      const results: { ActionId: number; Value: unknown }[] = [];
      for (const action of request.message.body.Actions) {
        const entries = (action.ArgumentInfo?.Arguments?.[0] ?? []) as unknown[];
        if (action.Name === 'SetInvocationArrayResults') {
          for (const entry of entries as unknown[][]) {
            const [id, ok, value, errorCode] = entry as [number, boolean, unknown, number?];
            settle(id, { ok, value, errorCode, bytes: JSON.stringify(entry).length });
          }
        } else if (action.Name === 'SetInvocationResults') {
          for (const entry of entries as { id: number; failed: boolean; value: unknown }[]) {
            const { errorCode } = entry as { errorCode?: number };
            const bytes = JSON.stringify(entry).length;
            settle(entry.id, { ok: !entry.failed, value: entry.value, errorCode, bytes });
          }
        } else if (action.Name === '_SetOsfControlContainerReadyForCustomFunctions') {
          ready = true;
        }
        // Of the runtime's optional features, 2 shortens its pause between result batches from
        // 500 ms to 200 ms: a quicker suite, the same messages.
        if (action.ActionType === 3)
          results.push({
            ActionId: action.Id,
            Value: action.Name === '_GetEnabledFeatures' ? [2] : null,
          });
      }
      const response = { statusCode: 200, headers: {}, body: { Results: results } };
      setTimeout(() =>
        bridge.onMessageFromHost?.(JSON.stringify({ id: request.id, type: 1, message: response })),
      );
    },
  };

  const context = {
    GetAppType: () => 1, // Excel
    GetSolutionRef: () => 'collab-finance',
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => 'en-GB',
    GetAppDataLocale: () => 'en-GB',
    GetDocUrl: () => '',
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => '',
    GetSupportedMatrix: () => options.matrix,
    GetHostFullVersion: () => '16.0.17928.20000',
    GetSettings: () => ({ Read: () => undefined }),
  };
  const external = window.external as unknown as Record<string, unknown>;
  // host|platform|version|locale|correlation id|dialog|logging|flags (1 shared app, 2 custom functions)
  external.GetHostInfo = () => 'excel|win32|16.01|en-gb|||disableLogging|3';
  external.GetContext = () => context;
  (window as unknown as Record<string, unknown>)._richApiNativeBridge = bridge;

  (window as unknown as Record<string, unknown>).excelHost = {
    isReady: () => ready,
    requestSizes: () => requests,
    // The message comes ready-made as text: a whole column is millions of cells, which travel to
    // the page far faster as one string than as a structure.
    invoke(ids: number[], message: string): Promise<Settled[]> {
      const answers = ids.map((id) => new Promise<Settled>((done) => waiting.set(id, done)));
      const now = performance.now();
      ids.forEach((id) => started.set(id, now));
      bridge.onMessageFromHost?.(message);
      return Promise.all(answers);
    },
  };
}

export interface RuntimeHost {
  readonly page: Page;
  /** Console errors and warnings (the runtime warns of bad associations) and uncaught exceptions. */
  readonly problems: readonly string[];
  /** Requests to anywhere but the local server. */
  readonly offsite: readonly string[];
  /** Invokes the calls in one message from Excel, as a recalculation does, and awaits every result. */
  invoke(calls: readonly Call[]): Promise<Answer[]>;
  /** Lengths of the ProcessQuery requests the runtime sent, in order. */
  requestSizes(): Promise<number[]>;
  /** How many invocations the runtime has started (from its execution log). */
  started(): number;
}

/**
 * The requirement sets the manifest asks for, at the versions it asks for: the host is the least
 * capable Excel that would load the add-in.
 */
function manifestSets(): Record<string, number> {
  const xml = readFileSync(join(ROOT, 'manifest', 'manifest.xml'), 'utf8');
  const sets = [...xml.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"/g)];
  return Object.fromEntries(sets.map(([, name = '', version = '']) => [name, Number(version)]));
}

/** The runtime page: Microsoft's runtime first, then the functions bundle, as Excel loads them. */
async function openRuntime(
  browser: Browser,
  base: string,
  options: HostOptions,
): Promise<RuntimeHost> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const offsite: string[] = [];
  let started = 0;
  let nextId = 0;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    if (m.text().includes('[Execution] [Begin]')) started += 1;
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) offsite.push(r.url());
  });
  // Served from node_modules rather than copied into dist/: the runtime is a test fixture only.
  await page.route(`${base}/office-js/**`, async (route) => {
    const file = normalize(join(OFFICE_JS, new URL(route.request().url()).pathname.slice(11)));
    if (!file.startsWith(OFFICE_JS + sep)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file });
  });
  await page.route(`${base}/${RUNTIME_PAGE}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><script src="office-js/custom-functions-runtime.js"></script><script src="functions.js"></script></head><body>${
        options.taskpane === true ? '<main id="app"></main><script src="taskpane.js"></script>' : ''
      }</body></html>`,
    }),
  );
  const matrix = JSON.stringify({
    ...manifestSets(),
    CustomFunctions: options.customFunctions ?? 1.9,
    RichApiRuntime: 1.2,
    RichApiRuntimeFlag: 1.2,
  });
  await page.addInitScript(installHost, { matrix });
  await page.goto(`${base}/${RUNTIME_PAGE}`);
  await page.waitForFunction(() =>
    (window as unknown as { excelHost: { isReady(): boolean } }).excelHost.isReady(),
  );
  // Excel's settings message turning on the runtime's execution log: it names each invocation as
  // it starts, so a call that never returns can be found even while it blocks the page.
  await page.evaluate(() =>
    (
      window as unknown as { _richApiNativeBridge: { onMessageFromHost(text: string): void } }
    )._richApiNativeBridge.onMessageFromHost(
      JSON.stringify({ type: 4, message: { CustomFunctionsRuntimeLogging: true } }),
    ),
  );

  return {
    page,
    problems,
    offsite,
    invoke(calls) {
      const ids = calls.map(() => (nextId += 1));
      // Excel's type-3 message: one invocation entry (category 1, type 1000) per call.
      const entries = calls.map((call, i) => [
        1,
        1000,
        '',
        JSON.stringify([
          ids[i],
          call.id,
          parameterValues(call),
          `Sheet1!A${i + 1}`,
          call.flags ?? 0,
        ]),
        null,
      ]);
      const message = JSON.stringify({ type: 3, message: { entries } });
      return page.evaluate(
        ([sent, text]) =>
          (
            window as unknown as {
              excelHost: { invoke(ids: number[], message: string): Promise<Answer[]> };
            }
          ).excelHost.invoke(sent, text),
        [ids, message] as const,
      );
    },
    requestSizes: () =>
      page.evaluate(() =>
        (window as unknown as { excelHost: { requestSizes(): number[] } }).excelHost.requestSizes(),
      ),
    started: () => started,
  };
}

/** Resolves to undefined if the promise has not settled within the time. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  const stop = new AbortController();
  const timeout = sleep(ms, undefined, { signal: stop.signal }).catch(() => undefined);
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    stop.abort();
  }
}

/** A runtime page that can also give up on calls that do not answer in time. */
export interface RestartableHost extends RuntimeHost {
  /**
   * Invokes the calls and awaits their results for at most `ms`. Past that the page, still busy
   * with a call, is replaced by a fresh runtime, and the answer is the index (among `calls`) of the
   * call the runtime last logged as started.
   */
  invokeWithin(ms: number, calls: readonly Call[]): Promise<Answer[] | { running: number }>;
}

/**
 * Registers the hooks for a test file: dist/ served, Chromium launched and the runtime page opened
 * once for the file. The result reads the open host, so use it inside tests only.
 */
export function useRuntime(options: HostOptions = {}): RestartableHost {
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;
  let host: RuntimeHost | undefined;

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
    host = await openRuntime(browser, server.url, options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const opened = (): RuntimeHost => {
    if (host === undefined) throw new Error('The runtime page is not open outside tests');
    return host;
  };
  const restartable = {
    async invokeWithin(ms: number, calls: readonly Call[]) {
      const current = opened();
      const before = current.started();
      const pending = current.invoke(calls);
      // Closing a page that is still busy rejects its pending call: nobody waits for it any more.
      pending.catch(() => undefined);
      const answers = await within(ms, pending);
      if (answers !== undefined) return answers;
      const running = current.started() - before - 1;
      host = undefined;
      await current.page.close({ runBeforeUnload: false });
      if (browser === undefined || server === undefined) throw new Error('Chromium did not start');
      host = await openRuntime(browser, server.url, options);
      return { running };
    },
  };
  // Everything else is read from whichever page is open at the time.
  return new Proxy(restartable as RestartableHost, {
    get: (target, key) => (key in target ? Reflect.get(target, key) : Reflect.get(opened(), key)),
  });
}
