import { describe, expect, it } from 'vitest';
import {
  registerServiceWorker,
  type ServiceWorkerHost,
} from '../../src/offline/registerServiceWorker';

function host(overrides: Partial<ServiceWorkerHost> = {}) {
  const registered: { url: string; options: RegistrationOptions | undefined }[] = [];
  const warnings: string[] = [];
  const value: ServiceWorkerHost = {
    production: true,
    container: {
      async register(url, options) {
        registered.push({ url: String(url), options });
        return {} as ServiceWorkerRegistration;
      },
    },
    baseUrl: 'https://school.example/games/dental-biocalypse/index.html?class=7b',
    loaded: Promise.resolve(),
    warn: (message) => warnings.push(message),
    ...overrides,
  };
  return { value, registered, warnings };
}

describe('service worker registration', () => {
  it('registers the worker beside index.html, in whatever folder the game is served from', async () => {
    const { value, registered } = host();
    await expect(registerServiceWorker(value)).resolves.toBe(true);
    expect(registered).toEqual([
      {
        url: 'https://school.example/games/dental-biocalypse/sw.js',
        options: { updateViaCache: 'none' },
      },
    ]);
  });

  it('registers nothing in the dev server, where a cache would fight hot reload', async () => {
    const { value, registered } = host({ production: false });
    await expect(registerServiceWorker(value)).resolves.toBe(false);
    expect(registered).toEqual([]);
  });

  it('does nothing in a browser without service workers', async () => {
    const { value, warnings } = host({ container: undefined });
    await expect(registerServiceWorker(value)).resolves.toBe(false);
    expect(warnings).toEqual([]);
  });

  it('waits for the page to load before downloading the game for offline play', async () => {
    let load = () => {};
    const { value, registered } = host({ loaded: new Promise((resolve) => (load = resolve)) });
    const result = registerServiceWorker(value);
    await Promise.resolve();
    expect(registered).toEqual([]);
    load();
    await expect(result).resolves.toBe(true);
    expect(registered).toHaveLength(1);
  });

  it('says why offline play is missing when registration fails, and does not throw', async () => {
    const { value, warnings } = host({
      container: {
        register: () => Promise.reject(new DOMException('The operation is insecure.')),
      },
    });
    await expect(registerServiceWorker(value)).resolves.toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Offline play is not available.*insecure.*still plays online/);
  });
});
