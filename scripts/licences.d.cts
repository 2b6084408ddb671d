// Types for licences.cjs, so the licence gate can be tested from TypeScript.
export declare function copyleftPackages(files: string[]): { name: string; licence: string }[];
export declare class LicencePlugin {
  apply(compiler: unknown): void;
}
