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
        [
          element('span', { className: 'role-name', text: role.name }),
          element('span', { className: 'role-calling', text: role.calling }),
          element('span', { className: 'role-pitch', text: role.pitch }),
        ],
      );
      button.style.setProperty('--role-colour', role.colour);
      // The button's name is the person; the calling and pitch describe it.
      button.setAttribute('aria-label', `Play as ${role.name}, ${role.calling}`);
      button.addEventListener('click', () => onPick(id));
      return element('li', {}, [button]);
    }),
  );
}
