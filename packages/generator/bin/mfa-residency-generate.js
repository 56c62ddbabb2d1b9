#!/usr/bin/env node
// Committed, not built: pnpm links a dependency's bin at install time, before dist/ exists, and
// warns when the file it points at is missing. The command itself is the bundled dist/bin file.
import '../dist/bin/mfa-residency-generate.js'
