// `node --import ./register.mjs <main bundle>`: every import or require of "electron" gets the
// stand-in (electron.cjs) instead.
import { registerHooks } from "node:module";

const standIn = new URL("./electron.cjs", import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === "electron")
      return { url: standIn, shortCircuit: true, format: "commonjs" };
    return nextResolve(specifier, context);
  },
});
