// The title screen's choice of who to play: one real button per role.
import { ROLE_IDS, ROLES, type RoleId } from '../session/roles';
import { element } from './dom';

export function renderRolePicker(list: HTMLElement, onPick: (role: RoleId) => void): void {
  list.replaceChildren(
    ...ROLE_IDS.map((id) => {
      const role = ROLES[id];
      const button = element(
        'button',
        { className: 'role-button', attributes: { type: 'button', 'data-role': id } },
        // Spaces between the parts, so their text never runs together ("DrosinLead").
        [
          element('span', { className: 'role-name', text: role.name }),
          document.createTextNode(' '),
          element('span', { className: 'role-calling', text: role.calling }),
          document.createTextNode(' '),
          element('span', { className: 'role-pitch', text: role.pitch }),
        ],
      );
      button.style.setProperty('--role-colour', role.colour);
      // The name says what the button does and, for voice control and WCAG 2.5.3 (label
      // in name), also holds all the text it shows.
      button.setAttribute('aria-label', `Play as ${role.name}, ${role.calling}. ${role.pitch}`);
      button.addEventListener('click', () => onPick(id));
      return element('li', {}, [button]);
    }),
  );
}
