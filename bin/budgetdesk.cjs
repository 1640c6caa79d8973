#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx budgetdesk` works right after `npm ci`.
require('tsx/cjs/api').register();
require('../src/main/cli/main.ts');
