#!/usr/bin/env node
// Thin launcher: all logic lives in the built CLI (src/cli/run.ts → dist/cli.js).
import { run, nodeIo } from "../dist/cli.js";

process.exitCode = await run(process.argv.slice(2), nodeIo);
