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
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
);
