// Types for staticServer.cjs, so TypeScript tests share the one static server.
export declare function serveStatic(
  root: string,
): Promise<{ url: string; close: () => Promise<void> }>;
