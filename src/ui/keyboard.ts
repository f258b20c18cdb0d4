// Single-key shortcuts: 1-9 pick a choice. Enter and Space work through the focused
// button natively. Shortcuts never fire while the player types or holds a modifier.

export function installChoiceKeys(choices: HTMLElement): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (!/^[1-9]$/.test(event.key)) return;
    const buttons = choices.querySelectorAll<HTMLButtonElement>('button.choice');
    const button = buttons[Number(event.key) - 1];
    if (!button || choices.closest('[hidden]')) return;
    event.preventDefault();
    button.click();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
