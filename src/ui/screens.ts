// Which screen is showing: the one place that switches them, so exactly one is ever shown.
export type ScreenName = 'title' | 'gallery' | 'workshop' | 'play' | 'debrief';

export interface Screens {
  show(name: ScreenName): void;
  readonly current: ScreenName;
}

export function mountScreens(elements: Record<ScreenName, HTMLElement>): Screens {
  let current: ScreenName = 'title';
  const screens: Screens = {
    show(name) {
      current = name;
      for (const [key, screen] of Object.entries(elements)) screen.hidden = key !== name;
    },
    get current() {
      return current;
    },
  };
  return screens;
}
