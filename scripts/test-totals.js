#!/usr/bin/env node
/**
 * Adds up jest --json result files and prints the totals alone on the last line, as
 * "N passed, N failed". A test file that could not run at all counts as one failure.
 */
'use strict';
const fs = require('fs');

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.log(`${file}: no results (the run did not finish)`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  const brokenFiles = results.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  console.log(`${file}: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${brokenFiles} file(s) that could not run`);
  passed += results.numPassedTests;
  failed += results.numFailedTests + brokenFiles;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
