#!/usr/bin/env node
// Entry point of the `lectio` command: runs the TypeScript sources through tsx, so no build step is needed.
import { fileURLToPath } from "node:url"
import { register } from "tsx/esm/api"

// The project's tsconfig wherever the command is run from (it sets the JSX transform for the review UI).
register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) })
await import("../src/bin.ts")
