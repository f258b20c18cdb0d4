// The pre-game class handout (handout.html, issue #13 item 6): the four roles and the
// mural's key on one printed A4 page, written from the game's own data (roles, the groups'
// names, colours, shapes and what they do to pH), so the paper says what the screen shows.
import './fonts.css';
import './print.css';
import { COLONIES, FORM_WORDS } from '../scenes/mural/colonies';
import { ROLE_IDS, ROLES } from '../session/roles';
import { GROUP_COLOURS, GROUP_INFO, GROUP_ROLES, GROUPS } from '../session/science';
import { byId, element } from './dom';
import { COLOUR_WORDS } from './muralKey';

function roles(): HTMLElement {
  return element(
    'ul',
    { className: 'handout-roles' },
    ROLE_IDS.map((id) => {
      const role = ROLES[id];
      return element('li', {}, [
        element('strong', { text: role.name }),
        element('span', { className: 'handout-calling', text: `, ${role.calling}. ` }),
        document.createTextNode(role.pitch),
      ]);
    }),
  );
}

function muralKey(): HTMLElement {
  const rows = GROUPS.map((group) => {
    const swatch = element('span', { className: 'handout-swatch' });
    swatch.style.setProperty('--swatch', GROUP_COLOURS[group]);
    return element('tr', {}, [
      element('td', {}, [swatch, document.createTextNode(COLOUR_WORDS[group])]),
      element('td', { text: FORM_WORDS[COLONIES[group].form] }),
      element('td', { text: GROUP_INFO[group].name }),
      element('td', { text: GROUP_ROLES[group].role }),
      element('td', { text: GROUP_ROLES[group].short }),
    ]);
  });
  return element('table', { className: 'handout-key' }, [
    element('thead', {}, [
      element(
        'tr',
        {},
        ['Colour', 'Shape on the wall', 'Group', 'Its role', 'pH'].map((heading) =>
          element('th', { text: heading, attributes: { scope: 'col' } }),
        ),
      ),
    ]),
    element('tbody', {}, rows),
  ]);
}

const printButton = element('button', {
  className: 'handout-print',
  text: 'Print this handout',
  attributes: { type: 'button' },
});
printButton.addEventListener('click', () => window.print());

byId('handout').replaceChildren(
  element('h1', { text: 'Dental Biocalypse: before you play' }),
  element('p', {
    text: 'Neo-anthropolis, 2147. At a festival where people share their mouths’ living cultures like sourdough starters, the shared microbiome falls out of balance. Each choice you make feeds one simulation of the mouth’s microbes: sugar, acid, pH, the bacteria that live there, the enamel and the gums. Kara’s living mural paints that community, and it decides the ending.',
  }),
  element('h2', { text: 'The four roles: who will you be?' }),
  roles(),
  element('h2', { text: 'The mural’s key: who lives on the wall' }),
  element('p', {
    text: 'Each group of microbes grows on the mural in its own colour and shape; the bigger its colonies, the larger its share of the plaque.',
  }),
  muralKey(),
  element('h2', { text: 'One number to watch: pH' }),
  element('p', {
    text: 'Acid lowers the plaque’s pH. Below about pH 5.5 tooth enamel starts to dissolve; saliva and the alkali-makers bring it back up between meals. How often sugar arrives matters, as well as how much: each time starts a new acid dip.',
  }),
  element('p', { className: 'handout-tools' }, [printButton]),
);
