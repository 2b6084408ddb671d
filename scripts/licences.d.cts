// Types for licences.cjs, so the licence gate can be tested from TypeScript.
export declare const ALLOWED: ReadonlySet<string>;
export declare function allows(expression: string): boolean;
export declare function refusedPackages(files: string[]): { name: string; licence: string }[];
export declare class LicencePlugin {
  apply(compiler: unknown): void;
}
