// The current choices stay on screen (issue #13, item 5). The story has a scrolling box of
// its own (layout.css), so on most screens the choices under it are always in view. Where
// the window is too small for that fit (a phone at 150% text, where three choices alone
// take 500 px) the panel scrolls as a whole; then, after each new set of choices, the panel
// is scrolled just enough (`nearest`) to show them whole. In the same frame as the story
// view's own scroll (which brings the last line into the story's box), and after it.

export function keepChoicesInView(choices: HTMLElement): void {
  const box = choices.closest('fieldset') ?? choices;
  let pending = false;
  // A role's first passage is drawn before its screen is shown: wait a few frames for it.
  const show = (framesLeft: number) => {
    if (!box.isConnected || choices.childElementCount === 0) return;
    if (box.closest('[hidden]')) {
      if (framesLeft > 0) requestAnimationFrame(() => show(framesLeft - 1));
      return;
    }
    box.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      show(10);
    });
  }).observe(choices, { childList: true });
}
