// Types for fuses.mjs (plain JavaScript, so electron-builder's hook can import it without a build).
import type { FuseV1Config } from "@electron/fuses";

export declare const hardenedFuses: FuseV1Config<boolean>;
