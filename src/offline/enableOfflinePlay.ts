// Imported once by main.ts for its effect: offline play in the built game (see
// registerServiceWorker.ts). Kept apart so the registration logic is testable in Node.
import { registerServiceWorker } from './registerServiceWorker';

void registerServiceWorker({
  // Any build, not the dev server. A build made under Vitest (the browser tests) runs with
  // NODE_ENV=test, which makes PROD false although its MODE is still 'production'.
  production: import.meta.env.PROD || import.meta.env.MODE === 'production',
  container: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  baseUrl: document.baseURI,
  loaded:
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true })),
  warn: (message) => console.warn(message),
});
