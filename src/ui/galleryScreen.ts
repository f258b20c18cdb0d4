// The teacher's gallery of the mural's six states, each after a short simulated history;
// its address (#mural=<state>) can be bookmarked or projected.
import type { MuralDescriptor, MuralStateName } from '../session/science';
import { byId } from './dom';
import { isMuralState, renderGallery } from './muralGallery';
import { mountMuralKey } from './muralKey';
import type { Screens } from './screens';

export interface GalleryOptions {
  screens: Screens;
  /** Shows a gallery state on the stage, or (null) gives the stage back to the game. */
  showMural(mural: MuralDescriptor | null): void;
  /** Leaves any game before the gallery opens. */
  leaveGame(): void;
  title(): void;
}

export function mountGallery(options: GalleryOptions): void {
  const screen = byId('gallery-screen');
  const key = mountMuralKey(byId('gallery-words'), {
    summary: "The mural's key: who lives on the wall",
    open: true,
    stage: document.getElementById('stage'),
  });
  function show(state: MuralStateName): void {
    options.leaveGame();
    options.screens.show('gallery');
    const mural = renderGallery(
      { states: byId('gallery-states'), words: byId('gallery-words') },
      state,
      (next) => {
        history.replaceState(null, '', `#mural=${next}`);
        show(next);
        screen.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
      },
    );
    options.showMural(mural);
    key.show(mural);
  }
  byId('open-gallery').addEventListener('click', () => {
    history.replaceState(null, '', '#mural=vibrant');
    show('vibrant');
    screen.querySelector('button')?.focus();
  });
  byId('close-gallery').addEventListener('click', () => {
    options.showMural(null);
    history.replaceState(null, '', location.pathname + location.search);
    options.title();
  });
  const asked = /^#mural=(\w+)$/.exec(location.hash)?.[1];
  if (asked && isMuralState(asked)) show(asked);
}
