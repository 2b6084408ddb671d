export class ReleaseError extends Error {}
export function hostedUrls(xml: string): string[];
export function makeRelease(options: {
  dist: string;
  out: string;
  baseUrl: string;
  version: string;
  commit: string;
}): { folder: string; files: string[] };
