// The build appends CustomFunctions.associate(...) calls to the functions module, which the preview
// imports for its formula engine; outside Excel there is no CustomFunctions, so register nothing.
// Imported before anything else by preview.ts (modules run in import order).
const host = globalThis as { CustomFunctions?: { associate: (...args: unknown[]) => void } };
host.CustomFunctions ??= { associate: () => undefined };

export {};
