// The options every lifecycle entry point takes, public for the signatures that use them; the
// reading and checking of them stays private (./_lib/options.ts).
export type { LifecycleOptions } from "./_lib/options.js";
