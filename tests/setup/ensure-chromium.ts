import { execSync } from "node:child_process";
import { findChromium } from "./chromium";

// The end-to-end tests need a Chromium. Where none is present, get one:
// Playwright's download where the network allows it, Debian's package where not.
function run(command: string): boolean {
  try {
    execSync(command, { stdio: "inherit", timeout: 10 * 60_000 });
    return true;
  } catch {
    return false;
  }
}

if (!findChromium()) {
  console.log("No Chromium found; trying Playwright's download, then Debian's package.");
  const got =
    run("npx playwright install chromium") ||
    (process.getuid?.() === 0 &&
      run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"));
  if (!got || !findChromium()) {
    console.error("Could not get a Chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary.");
    process.exit(1);
  }
}
console.log(`Chromium: ${findChromium()}`);
