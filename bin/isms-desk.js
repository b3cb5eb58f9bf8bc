#!/usr/bin/env node
'use strict';
// The `isms-desk` command. The bundle is built on `npm install` (prepare); build it if missing.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundle = join(__dirname, '..', 'dist', 'isms-desk.js');
if (!existsSync(bundle)) {
  require('node:child_process').execFileSync(
    process.execPath,
    [join(__dirname, '..', 'scripts', 'build.mjs')],
    {
      stdio: 'inherit',
    },
  );
}
require(bundle);
