import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";
import { resolve } from "node:path";

export default defineConfig({
  main: {
    build: {
      outDir: "out/main",
      // date-fns is bundled (only the functions used): imported whole from node_modules, Node
      // resolves its ~250 files one by one, about 0.9 s of every start. dayjs is bundled because
      // its plugins and locales are imported by paths without ".js", which Node's ESM refuses.
      // date-holidays, faker, zod and the CSV libraries are bundled too, tree-shaken: imported whole
      // they would carry every country's calendars, every locale and every build into the
      // installer's app.asar (docs/packaging.md).
      externalizeDeps: {
        exclude: [
          "date-fns",
          "dayjs",
          "date-holidays",
          "@faker-js/faker",
          "zod",
          "zod-openapi",
          "csv-parse",
          "csv-stringify",
        ],
      },
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
