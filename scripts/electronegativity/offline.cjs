"use strict";
// Loaded before @doyensec/electronegativity 1.10.3 (pinned: this knows its insides), so that it
// runs with no network: CI machines reach only the npm registry.
//
// Electronegativity asks `got` (v11) for two things: updated translations of its messages, and
// Electron's release list (for AvailableSecurityFixesGlobalCheck, which check.cjs leaves out). On
// Node 22 and later a failed got 11 request throws after its promise settled and ends the process
// (sindresorhus/got#1489). So `got` is replaced, in require's cache only, by one that answers at
// once: no translation update (the bundled English is used) and no network for anything else.
// Nothing in node_modules is changed.
const path = require("node:path");
const Module = require("node:module");

const here = [process.cwd(), __dirname];
const packageDir = path.dirname(
  require.resolve("@doyensec/electronegativity/package.json", { paths: here }),
);
const translations = `${require(path.join(packageDir, "package.json")).i18nSource}/`;
const gotPath = require.resolve("got", { paths: [packageDir] });

function answer(method, url) {
  if (String(url).startsWith(translations))
    return Promise.resolve({ statusCode: 404, headers: {}, body: "" });
  return Promise.reject(
    new Error(`No network for Electronegativity: ${method} ${url}`),
  );
}

function got(url) {
  return answer("GET", url);
}
got.get = got;
got.head = (url) => answer("HEAD", url);
got.default = got;
Object.defineProperty(got, "__esModule", { value: true });

const stub = new Module(gotPath, null);
stub.filename = gotPath;
stub.loaded = true;
stub.exports = got;
require.cache[gotPath] = stub;
