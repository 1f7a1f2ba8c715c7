#!/usr/bin/env node
// Entry point of the `lectio` command: runs the TypeScript sources through tsx, so no build step is needed.
import { register } from "tsx/esm/api"

register()
await import("../src/bin.ts")
