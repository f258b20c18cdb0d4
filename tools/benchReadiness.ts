// The first-choice marks of the browser bench: a script run in the page before any of the
// game's, stamping on the page's own clock when the title and the first choice are usable.

export interface ReadinessMarks {
  title?: number;
  /** When the page asked for the click (a task queued the moment the button was usable). */
  input?: number;
  /** When the page's main thread got round to handling it. */
  click?: number;
  choice?: number;
}

declare global {
  interface Window {
    benchMarks?: ReadinessMarks;
  }
}

/**
 * Runs in the page before any of its scripts: stamps, on the page's own clock (0 = start of
 * navigation), the moment the Kara button and then the first choice are in the DOM, laid
 * out visible and enabled, and when the click arrived. It clicks Kara itself, in a task
 * queued the moment the button is usable, so the click comes as soon as a player could make
 * it and no round trip to Node (the automation's latency, tens of ms on a busy machine)
 * lands in any figure: every mark is the page's own clock, read in the page.
 */
export function watchReadiness(): void {
  const marks: ReadinessMarks = {};
  window.benchMarks = marks;
  const usable = (element: Element | null) =>
    element instanceof HTMLButtonElement && !element.disabled && element.checkVisibility();
  const observer = new MutationObserver(() => {
    const kara = document.querySelector('[aria-label^="Play as Kara"]');
    if (marks.title === undefined && usable(kara) && kara instanceof HTMLButtonElement) {
      marks.title = performance.now();
      marks.input = marks.title;
      // A task of its own, as a mouse click would be: it waits for a busy main thread.
      setTimeout(() => kara.click(), 0);
    }
    if (marks.choice === undefined && usable(document.querySelector('#choices button.choice'))) {
      marks.choice = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['hidden', 'disabled'],
  });
  window.addEventListener(
    'click',
    (event) => {
      if (marks.click !== undefined || !(event.target instanceof Element)) return;
      if (!event.target.closest('[aria-label^="Play as Kara"]')) return;
      marks.click = performance.now();
    },
    true,
  );
}
