// Single-key shortcuts: 1-9 pick a choice, and other screens' keys bound with `bind` (H
// opens the history, B goes back one choice). Enter and Space work through the focused
// button natively. Shortcuts never fire while the player types, holds a modifier or has
// a dialog open, and the player can switch them all off (WCAG 2.1.4).

export interface ChoiceKeys {
  setEnabled(enabled: boolean): void;
  readonly enabled: boolean;
  /**
   * Adds a single-letter shortcut (either case) under the same rules as the number keys.
   * The action says whether it did anything, so an unused key keeps its usual meaning.
   */
  bind(key: string, action: () => boolean): void;
  remove(): void;
}

export function installChoiceKeys(choices: HTMLElement, enabled = true): ChoiceKeys {
  let on = enabled;
  const bound = new Map<string, () => boolean>();
  const onKey = (event: KeyboardEvent) => {
    if (!on) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    if (document.querySelector('dialog[open]')) return;
    const action = bound.get(event.key.toLowerCase());
    if (action) {
      if (action()) event.preventDefault();
      return;
    }
    if (!/^[1-9]$/.test(event.key)) return;
    const buttons = choices.querySelectorAll<HTMLButtonElement>('button.choice');
    const button = buttons[Number(event.key) - 1];
    if (!button || choices.closest('[hidden]')) return;
    event.preventDefault();
    button.click();
  };
  window.addEventListener('keydown', onKey);
  return {
    setEnabled(next) {
      on = next;
    },
    get enabled() {
      return on;
    },
    bind(key, action) {
      bound.set(key.toLowerCase(), action);
    },
    remove() {
      window.removeEventListener('keydown', onKey);
    },
  };
}
