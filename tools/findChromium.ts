// Preflight for `npm test`: one clear line instead of a stack trace when Chromium is missing.
import { findChromium, NO_CHROMIUM } from './chromium';

const found = findChromium();
if (!found) {
  const fromEnv = process.env.CHROMIUM_PATH;
  console.error(fromEnv ? `CHROMIUM_PATH=${fromEnv} does not exist. ${NO_CHROMIUM}` : NO_CHROMIUM);
  process.exit(1);
}
