/**
 * How lectio's tooling runs headless Chromium (the HTML edition's screenshot script and its DOM tests):
 * without a sandbox (CI runs as root) and without the background connections this offline machine refuses.
 */
export const CHROMIUM_FLAGS: ReadonlyArray<string> = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
]
