// The vote's timer on a device. The server says how many milliseconds were left when it sent
// the state; the device counts down from the moment it received it, so its own clock being
// off does not matter. One element, updated once a second, read as a timer (role="timer" is
// not announced on every tick, which would drown a screen reader).
import { element } from '../dom';

export interface VoteTimer {
  readonly node: HTMLElement;
  /** A vote with `remainingMs` left at `receivedAt` (performance.now()), or no timer (null). */
  set(remainingMs: number | null, running: boolean, receivedAt?: number): void;
}

/** Whole seconds left at `now`, rounded up and never below 0. */
export function secondsLeft(remainingMs: number, receivedAt: number, now: number): number {
  return Math.max(0, Math.ceil((remainingMs - (now - receivedAt)) / 1000));
}

/** "1:05" for 65 s: how a timer reads at a glance. */
export function clockWords(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function voteTimer(className: string): VoteTimer {
  const node = element('p', { className, attributes: { role: 'timer' } });
  node.hidden = true;
  let interval: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (interval !== undefined) clearInterval(interval);
    interval = undefined;
  };
  return {
    node,
    set(remainingMs, running, receivedAt = performance.now()) {
      stop();
      if (remainingMs === null) {
        node.hidden = true;
        return;
      }
      node.hidden = false;
      const show = () => {
        const seconds = secondsLeft(remainingMs, receivedAt, performance.now());
        node.textContent = running
          ? `${clockWords(seconds)} left`
          : `${clockWords(seconds)} (held)`;
        node.dataset.seconds = String(seconds);
        if (seconds === 0) stop();
      };
      show();
      if (running) interval = setInterval(show, 250);
    },
  };
}
