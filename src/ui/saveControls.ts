// The browser side of saves: which storage the page may use, and files the player can
// download and upload. With storage refused (private mode, disabled, quota) the game
// plays on from memory and says that progress lives only in downloaded files.
import { memoryStorage, type SaveStorage } from '../session/saveStorage';

export function browserSaveStorage(): { storage: SaveStorage; persistent: boolean } {
  try {
    const local = window.localStorage;
    const probe = 'dental-biocalypse:probe';
    local.setItem(probe, '1');
    local.removeItem(probe);
    return {
      persistent: true,
      storage: {
        getItem: (key) => local.getItem(key),
        setItem: (key, value) => local.setItem(key, value),
        removeItem: (key) => local.removeItem(key),
        keys: () => Array.from({ length: local.length }, (_, i) => local.key(i) ?? ''),
      },
    };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}

/** Offers text as a file download (a save, a session's CSV or JSON). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Asks for a file and reads it as text; resolves null if the player cancels. */
export function pickTextFile(input: HTMLInputElement): Promise<string | null> {
  return new Promise((resolve) => {
    input.value = '';
    input.onchange = () => {
      const file = input.files?.[0];
      if (!file) resolve(null);
      else file.text().then(resolve, () => resolve(null));
    };
    input.click();
  });
}

/** When a save was made, the same way everywhere: "29 Nov 2026, 09:27" in the reader's locale. */
export function formatSavedTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** The time part of a downloaded file's name: "2026-12-04-18-59" (UTC). */
export function fileStamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
}
