// Typed keys: a `t()` call with a key English does not have fails the typecheck.
import "i18next";
import type { Texts } from "./resources";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: Texts;
  }
}
