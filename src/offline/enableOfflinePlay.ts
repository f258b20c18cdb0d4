// Imported once by main.ts for its effect: offline play in the built game (see
// registerServiceWorker.ts). Kept apart so the registration logic is testable in Node.
import { registerServiceWorker } from './registerServiceWorker';

void registerServiceWorker({
  // Any build, not the dev server (where a worker would fight hot reload).
  production: import.meta.env.PROD,
  container: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  baseUrl: document.baseURI,
  loaded:
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true })),
  warn: (message) => console.warn(message),
});
