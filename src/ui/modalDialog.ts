// The frame the reading dialogs share (History, the save slots): a native modal <dialog>
// with a Close button, closed by Escape too, that gives focus back to whatever opened it
// if that is still on screen.
import { element } from './dom';

export interface ModalDialog {
  dialog: HTMLDialogElement;
  close: HTMLButtonElement;
  /** Opens the dialog; `from` gets focus back when it closes. */
  show(from: HTMLElement | null): void;
}

export function modalDialog(options: {
  className: string;
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  children: HTMLElement[];
  onClose?: () => void;
  host?: HTMLElement;
}): ModalDialog {
  const close = element('button', {
    className: 'tool-button reading-dialog-close',
    text: 'Close',
    attributes: { type: 'button' },
  });
  const dialog = element(
    'dialog',
    {
      className: `reading-dialog ${options.className}`,
      attributes: { 'aria-labelledby': options.labelledBy },
    },
    [...options.children, close],
  );
  (options.host ?? document.body).append(dialog);
  let opener: HTMLElement | null = null;
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    const back = opener;
    opener = null;
    options.onClose?.();
    if (back?.isConnected && !back.closest('[hidden]')) back.focus();
  });
  return {
    dialog,
    close,
    show(from) {
      opener = from;
      dialog.showModal();
    },
  };
}
