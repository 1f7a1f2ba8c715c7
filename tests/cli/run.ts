/** Run the real `lectio` binary in a child process (end-to-end CLI tests). */
import { spawnSync } from "node:child_process"
import { join } from "node:path"

export const repoRoot = join(import.meta.dirname, "..", "..")

export interface RunResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function lectio(args: ReadonlyArray<string>, options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [join(repoRoot, "bin", "lectio.mjs"), ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
