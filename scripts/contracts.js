#!/usr/bin/env node
/**
 * npm run contracts: writes docs/contracts/openapi.json from its source, src/openapi/document.ts
 * (bundled in memory with esbuild, so the app need not be built or started). Commit the result:
 * tests/contracts/openapi.test.ts fails when the file differs from what the module builds.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const Module = require('module');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'src', 'openapi', 'document.ts');
const { outputFiles } = esbuild.buildSync({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  packages: 'external',
});
const loaded = new Module(entry);
loaded.paths = Module._nodeModulePaths(path.dirname(entry));
loaded._compile(outputFiles[0].text, entry);

const target = path.join(root, 'docs', 'contracts', 'openapi.json');
const text = loaded.exports.openApiText();
const changed = !fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text;
fs.writeFileSync(target, text);
console.log(`${path.relative(root, target)}: ${changed ? 'written' : 'unchanged'} (${Object.keys(loaded.exports.openApiDocument().paths).length} paths)`);
