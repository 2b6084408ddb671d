// Types for baseUrl.cjs, so TypeScript tests use the same base-URL rules as the build.
export declare const DEV_PORT: number;
export declare const DEV_BASE_URL: string;
export declare function resolveBaseUrl(setting: string | undefined): string;
export declare function rebase(text: string, baseUrl: string): string;
export declare class ConfigurationError extends Error {}
