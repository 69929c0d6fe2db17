import js from "@eslint/js";
import i18next from "eslint-plugin-i18next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "out/**",
      "node_modules/**",
      "tmp/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["renderer/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
    languageOptions: { globals: globals.browser },
  },
  {
    // Every text a user sees comes from the translations (shared/i18n/locales), never a literal.
    files: ["renderer/**/*.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            include: [
              "label",
              "title",
              "placeholder",
              "aria-label",
              "description",
              "error",
              "alt",
              "message",
              "nothingFound",
              "confirmLabel",
            ],
          },
          words: { exclude: ["[0-9!-/:-@[-`{-~—–·…×•]+", "[A-Z_-]+"] },
          // Field paths of Mantine's forms are names, not texts.
          callees: {
            exclude: [
              "i18n(ext)?",
              "t",
              "require",
              "addEventListener",
              "removeEventListener",
              "includes",
              "indexOf",
              "endsWith",
              "startsWith",
              "(form\\.)?getInputProps",
            ],
          },
        },
      ],
    },
  },
  {
    files: [
      "electron/**/*.ts",
      "shared/**/*.ts",
      "test/**/*.ts",
      "bench/**/*.ts",
      "scripts/**/*.{js,mjs}",
      "*.{js,ts}",
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // CommonJS: the Electronegativity gate (its preload replaces a module in require's cache) and
    // the test fixture it must find fault with.
    files: ["scripts/**/*.cjs", "test/fixtures/**/*.js"],
    languageOptions: { globals: globals.node, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The layers (docs/layout.md): the screens reach the core only through the typed client, the
  // core never imports Electron or a shell, and shared/ stands on its own for both sides.
  {
    files: ["renderer/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "electron",
              message:
                "The renderer talks to the core through api/client only.",
            },
          ],
          patterns: [
            {
              group: ["**/electron/**", "node:*"],
              message:
                "The renderer talks to the core through api/client only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["electron/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "electron",
              message:
                "The core runs without Electron (browser mode, the team service, the tests).",
            },
          ],
          patterns: [
            {
              group: [
                "**/electron/main/**",
                "**/electron/server/**",
                "**/electron/service/**",
                "**/electron/preload/**",
                "**/renderer/**",
                ...["../", "../../", "../../../"].flatMap((up) =>
                  ["main", "server", "service", "preload"].map(
                    (shell) => `${up}${shell}/**`,
                  ),
                ),
              ],
              message:
                "The core is below the shells: they import it, never the other way.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "electron",
              message: "shared/ is used by the renderer and the core alike.",
            },
          ],
          patterns: [
            {
              group: ["**/electron/**", "**/renderer/**", "node:*"],
              message:
                "shared/ is used by the renderer and the core alike: it imports nothing of either, nor Node.",
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
);
