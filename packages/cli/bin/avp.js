#!/usr/bin/env node
// The published entry point runs the bundled CLI (packages/cli/bundle, built by `npm run build:cli`;
// `npm ci` builds it through the root `prepare` script).
import '../bundle/main.js'
