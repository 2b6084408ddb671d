// Types for chromium.cjs.
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
