// The mural's key: which shape and colour on the wall is which group of microbes, what it
// does (acid-maker, acid-lover, alkali-maker, ...) and how much of the plaque it is now,
// and for each group an identity card with the colony under a microscope. Everything is
// HTML text (the stage is aria-hidden: this is its accessible equivalent), each group is a
// button (keyboard and pointer alike), and a tap on a colony of the stage itself opens the
// same card. The pictures are painted by the mural's own painter, loaded only when the key
// is open, so the title and the first choice never wait for it.
//
// Microscope mode: a card's toggle button zooms the stage's camera into that colony's plaque
// (scenes/mural/microscopeView.ts: the key writes the group into the stage's
// data-microscope attribute, the stage follows it and clears it when the story moves on).
// The card's words and its still lens picture are the zoom's HTML equivalent.
import { COLONIES, colonyAt, FORM_WORDS } from '../scenes/mural/colonies';
import {
  MICROSCOPE_ATTRIBUTE,
  microscopeGroup,
  microscopeView,
  throughMicroscope,
} from '../scenes/mural/microscopeView';
import { muralFrame } from '../scenes/mural/muralFrame';
import {
  GROUP_INFO,
  GROUP_ROLES,
  GROUPS,
  type GroupName,
  type MuralDescriptor,
} from '../session/science';
import { element } from './dom';
import './muralKey.css';

/** The groups' colours in words (sim/mural.ts GROUP_COLOURS), for those who cannot see them. */
export const COLOUR_WORDS: Record<GroupName, string> = {
  C: 'teal',
  M: 'red-orange',
  L: 'amber',
  V: 'periwinkle blue',
  F: 'violet',
  P: 'crimson',
  K: 'pale yellow',
};

/** Where on the wall a colony grows, in words, from its home (scenes/mural/colonies.ts). */
function placeWords(group: GroupName): string {
  const { x, y } = COLONIES[group];
  const across = x < 0.38 ? 'left' : x > 0.62 ? 'right' : 'middle';
  const down = y < 0.4 ? 'upper' : y > 0.75 ? 'along the bottom (the gum line)' : 'lower';
  if (down.startsWith('along')) return down;
  return across === 'middle' ? `${down} middle` : `${down} ${across}`;
}

/** A share as a class would say it. */
export function shareWords(share: number): string {
  if (share < 0.002) return 'not on the wall now';
  if (share < 0.01) return 'under 1% of the plaque';
  return `${Math.round(share * 100)}% of the plaque`;
}

const LIST_PICTURE = 40;
const LENS = 200;

let keys = 0;

export interface MuralKeyOptions {
  /** The summary line of the key. */
  summary: string;
  /** Open at first (the gallery) or folded to its summary line (the play screen). */
  open: boolean;
  /** The stage: a tap on a colony there opens that group's card while this key is shown. */
  stage?: HTMLElement | null;
}

export class MuralKey {
  readonly root: HTMLDetailsElement;
  private readonly entries = new Map<GroupName, HTMLButtonElement>();
  private readonly shareTexts = new Map<GroupName, HTMLElement>();
  private readonly card: HTMLElement;
  private readonly cardTitle: HTMLElement;
  private readonly cardShare: HTMLElement;
  private readonly cardParts: Record<'what' | 'where' | 'feeds' | 'ph', HTMLElement>;
  private readonly lens: HTMLCanvasElement;
  /** Zooms the stage into the card's colony; pressed while it does. */
  private readonly zoom: HTMLButtonElement;
  private readonly stage: HTMLElement | null;
  /** Whether this key put the stage under the microscope (the gallery's and play's share it). */
  private zoomed = false;
  private mural: MuralDescriptor | null = null;
  private shown: GroupName | null = null;
  private pictures: typeof import('../scenes/mural/microscope') | null = null;
  private picturesAsked = false;

  constructor(options: MuralKeyOptions) {
    keys += 1;
    const id = `mural-key-${keys}`;
    this.stage = options.stage ?? null;
    this.root = element('details', { className: 'mural-key' });
    this.root.open = options.open;
    const list = element('ul', {
      className: 'mural-key-list',
      attributes: { 'aria-label': 'Groups on the wall' },
    });
    for (const group of GROUPS) {
      const share = element('span', { className: 'mural-key-share' });
      const button = element(
        'button',
        {
          className: 'mural-key-entry',
          attributes: {
            type: 'button',
            'aria-expanded': 'false',
            'aria-controls': `${id}-card`,
            'data-group': group,
          },
        },
        [
          element('canvas', {
            className: 'mural-key-picture',
            attributes: { 'aria-hidden': 'true', width: '1', height: '1' },
          }),
          element('span', { className: 'mural-key-name', text: GROUP_INFO[group].name }),
          element('span', {
            className: 'mural-key-role',
            text: `${GROUP_ROLES[group].role}; ${GROUP_ROLES[group].short}`,
          }),
          element('span', {
            className: 'mural-key-shape',
            text: `${COLOUR_WORDS[group]} ${FORM_WORDS[COLONIES[group].form]}`,
          }),
          share,
        ],
      );
      button.addEventListener('click', () => {
        if (this.shown === group) this.closeCard();
        else this.openCard(group, false);
      });
      this.entries.set(group, button);
      this.shareTexts.set(group, share);
      list.append(element('li', {}, [button]));
    }

    const part = () => element('dd');
    this.cardParts = { what: part(), where: part(), feeds: part(), ph: part() };
    this.cardTitle = element('h2', {
      className: 'colony-card-title',
      attributes: { id: `${id}-card-title`, tabindex: '-1' },
    });
    this.cardShare = element('p', { className: 'colony-card-share' });
    this.lens = element('canvas', {
      className: 'microscope',
      attributes: { role: 'img', width: '1', height: '1' },
    });
    const close = element('button', {
      className: 'tool-button',
      text: 'Close card',
      attributes: { type: 'button' },
    });
    close.addEventListener('click', () => this.closeCard());
    this.zoom = element('button', {
      className: 'tool-button microscope-zoom',
      text: 'Look through the microscope',
      attributes: {
        type: 'button',
        'aria-pressed': 'false',
        'aria-describedby': `${id}-zoom-help`,
      },
    });
    this.zoom.hidden = this.stage === null;
    this.zoom.addEventListener('click', () => this.setZoom(!this.zoomed));
    const zoomHelp = element('p', {
      className: 'microscope-help',
      text: 'The mural zooms into this colony, magnified; press again, pick another group or close the card to see the whole wall.',
      attributes: { id: `${id}-zoom-help` },
    });
    zoomHelp.hidden = this.stage === null;
    this.card = element(
      'section',
      {
        className: 'colony-card',
        attributes: { id: `${id}-card`, 'aria-labelledby': `${id}-card-title`, hidden: '' },
      },
      [
        this.cardTitle,
        this.cardShare,
        element('figure', { className: 'microscope-view' }, [
          this.lens,
          element('figcaption', {
            text: 'Under the microscope: this colony on the wall, magnified.',
          }),
        ]),
        this.zoom,
        zoomHelp,
        element('dl', { className: 'colony-card-facts' }, [
          element('dt', { text: 'What it is' }),
          this.cardParts.what,
          element('dt', { text: 'On the wall' }),
          this.cardParts.where,
          element('dt', { text: 'What feeds it' }),
          this.cardParts.feeds,
          element('dt', { text: 'What it does to pH' }),
          this.cardParts.ph,
        ]),
        close,
      ],
    );
    this.card.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.closeCard();
    });

    this.root.append(
      element('summary', { className: 'mural-key-summary', text: options.summary }),
      element('p', {
        className: 'mural-key-hint',
        text: 'Each shape on the wall is one group of microbes, in its own colour; the more of the plaque a group is, the larger and busier its colony. Pick a group, or tap its colony on the mural, for its identity card.',
      }),
      list,
      this.card,
    );
    this.root.addEventListener('toggle', () => {
      if (this.root.open) this.paintPictures();
      else this.setZoom(false);
    });
    options.stage?.addEventListener('click', (event) => this.tapped(event, options.stage));
    if (this.stage) {
      // The stage ends the microscope itself when the story moves to another place.
      new MutationObserver(() => this.followZoom()).observe(this.stage, {
        attributes: true,
        attributeFilter: [MICROSCOPE_ATTRIBUTE],
      });
      // A key taken off the screen (another screen shown) takes its microscope with it.
      new ResizeObserver(() => {
        if (this.zoomed && this.root.offsetParent === null) this.setZoom(false);
      }).observe(this.root);
    }
  }

  /** Puts the stage under the microscope on the card's colony, or takes it away. */
  private setZoom(on: boolean): void {
    const stage = this.stage;
    if (!stage || (!on && !this.zoomed)) return;
    this.zoomed = on && this.shown !== null;
    if (this.zoomed && this.shown) stage.setAttribute(MICROSCOPE_ATTRIBUTE, this.shown);
    else stage.removeAttribute(MICROSCOPE_ATTRIBUTE);
    this.followZoom();
  }

  /** The toggle says what the stage shows. */
  private followZoom(): void {
    const group = microscopeGroup(this.stage?.getAttribute(MICROSCOPE_ATTRIBUTE));
    if (group === null) this.zoomed = false;
    this.zoom.setAttribute('aria-pressed', String(this.zoomed && group === this.shown));
  }

  /** The wall now: each group's share, and the open card's picture and numbers. */
  show(mural: MuralDescriptor): void {
    this.mural = mural;
    for (const { group, share } of mural.groups) {
      const text = this.shareTexts.get(group);
      if (text) text.textContent = shareWords(share);
      this.entries.get(group)?.classList.toggle('mural-key-absent', share < 0.002);
    }
    if (this.shown) this.fillCard(this.shown);
    if (this.root.open) this.paintPictures();
  }

  /** Opens `group`'s card; `focus` moves focus to it (a tap on the stage, far from the key). */
  openCard(group: GroupName, focus: boolean): void {
    this.root.open = true;
    for (const [other, button] of this.entries) {
      button.setAttribute('aria-expanded', String(other === group));
    }
    this.shown = group;
    this.fillCard(group);
    this.card.hidden = false;
    this.paintPictures();
    // Under the microscope already: it moves to the colony picked.
    if (this.zoomed) this.setZoom(true);
    else this.followZoom();
    if (focus) this.cardTitle.focus();
  }

  closeCard(): void {
    const was = this.shown;
    this.setZoom(false);
    this.shown = null;
    this.card.hidden = true;
    for (const button of this.entries.values()) button.setAttribute('aria-expanded', 'false');
    if (was && this.card.contains(document.activeElement)) this.entries.get(was)?.focus();
  }

  private fillCard(group: GroupName): void {
    const share = this.mural?.groups.find((g) => g.group === group)?.share ?? 0;
    const role = GROUP_ROLES[group];
    this.cardTitle.textContent = GROUP_INFO[group].name;
    this.cardShare.textContent = `The ${role.role}: ${shareWords(share)}.`;
    this.cardParts.what.textContent = GROUP_INFO[group].description;
    this.cardParts.where.textContent = `${COLOUR_WORDS[group]} ${FORM_WORDS[COLONIES[group].form]}, ${placeWords(group)}.`;
    this.cardParts.feeds.textContent = role.feeds;
    this.cardParts.ph.textContent = role.ph;
    this.lens.setAttribute(
      'aria-label',
      `${GROUP_INFO[group].name} under the microscope: ${COLOUR_WORDS[group]} ${FORM_WORDS[COLONIES[group].form]}, ${shareWords(share)}.`,
    );
  }

  /** The pictures need the painter: loaded the first time the key is open. */
  private paintPictures(): void {
    if (!this.pictures) {
      if (this.picturesAsked) return;
      this.picturesAsked = true;
      void import('../scenes/mural/microscope').then((module) => {
        this.pictures = module;
        this.paintPictures();
      });
      return;
    }
    const mural = this.mural;
    if (!mural) return;
    for (const [group, button] of this.entries) {
      const canvas = button.querySelector('canvas');
      const colour = mural.groups.find((g) => g.group === group)?.colour;
      if (canvas && colour && canvas.width <= 1) {
        this.pictures.paintSpecimen(canvas, group, colour, LIST_PICTURE);
      }
    }
    if (this.shown) this.pictures.paintMicroscope(this.lens, mural, this.shown, LENS);
  }

  /** A click or tap on the stage: the colony under it, if this key is the one on screen. */
  private tapped(event: MouseEvent, stage: HTMLElement | null | undefined): void {
    if (!stage || !this.mural || this.root.offsetParent === null) return;
    const box = stage.getBoundingClientRect();
    const shares = Object.fromEntries(this.mural.groups.map((g) => [g.group, g.share]));
    const frame = muralFrame(box.width, box.height);
    const lens = microscopeGroup(stage.getAttribute(MICROSCOPE_ATTRIBUTE));
    let point = { x: event.clientX - box.left, y: event.clientY - box.top };
    // Under the microscope the tap is on the magnified wall: back to the wall's own place.
    if (lens) point = throughMicroscope(microscopeView(frame, box, lens), point.x, point.y);
    const group = colonyAt(shares, frame, point.x, point.y);
    if (group) this.openCard(group, true);
  }
}

/** A key placed right after `after` (the mural's words), said with `summary`. */
export function mountMuralKey(after: HTMLElement, options: MuralKeyOptions): MuralKey {
  const key = new MuralKey(options);
  after.after(key.root);
  return key;
}
