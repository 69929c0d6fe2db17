import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";
import { resolve } from "node:path";

export default defineConfig({
  main: {
    build: {
      outDir: "out/main",
      // package.json's dependencies stay outside the bundle (and go into the installer's app.asar);
      // devDependencies are bundled, tree-shaken. So date-fns, dayjs, date-holidays-parser, faker,
      // zod, kysely, i18next and the like are devDependencies: imported whole from node_modules,
      // Node resolves their hundreds of files one by one at every start (date-fns alone cost 0.9 s),
      // and the installer would carry every build, locale and country of theirs (docs/packaging.md).
      rollupOptions: {
        // The Electron shell, the browser-mode server and the team service share one build of the core.
        input: {
          index: resolve(__dirname, "electron/main/index.ts"),
          server: resolve(__dirname, "electron/server/main.ts"),
          service: resolve(__dirname, "electron/service/main.ts"),
          "slip-worker": resolve(
            __dirname,
            "electron/core/packing-slips/slip-worker.ts",
          ),
        },
        output: { format: "es", entryFileNames: "[name].js" },
      },
    },
  },
  preload: {
    build: {
      outDir: "out/preload",
      rollupOptions: {
        input: { index: resolve(__dirname, "electron/preload/index.ts") },
        // A sandboxed preload cannot be an ES module.
        output: { format: "cjs", entryFileNames: "[name].cjs" },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, "renderer"),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, "out/renderer"),
      minify: true,
      rollupOptions: { input: resolve(__dirname, "renderer/index.html") },
    },
  },
});
