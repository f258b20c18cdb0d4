// The key-value store saves live in (the browser's web storage, a Map in tests), apart from
// saveSlots.ts, which reads saves back (and so loads zod and the story runtime): the page
// picks its storage before the title, which needs neither (issue #14).

/** The small part of the Web Storage API the slots need. */
export interface SaveStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
}

/** A store that lives only as long as the page: used when the browser refuses storage. */
export function memoryStorage(): SaveStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
    keys: () => [...items.keys()],
  };
}
