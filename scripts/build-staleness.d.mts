/** Types of scripts/build-staleness.mjs (a plain script, run by Node without a build step). */
export declare const BUILD_INPUTS: readonly string[];
export declare function buildStaleness(root: string, inputs?: readonly string[]): { stale: boolean; reason: string };
