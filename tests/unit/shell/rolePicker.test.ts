// @vitest-environment happy-dom
// The title's role picker: one button per role, named for what it does, and a click picks
// that role.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROLE_IDS, ROLES } from '../../../src/session/roles';
import { renderRolePicker } from '../../../src/ui/rolePicker';

let list: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  list = document.createElement('ul');
  document.body.append(list);
});

describe('the role picker', () => {
  it('shows one button per role, in order, saying its name, calling and pitch', () => {
    renderRolePicker(list, () => {});
    const buttons = [...list.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset.role)).toEqual([...ROLE_IDS]);
    for (const [i, id] of ROLE_IDS.entries()) {
      const { name, calling, pitch } = ROLES[id];
      expect(buttons[i]?.textContent).toBe(`${name} ${calling} ${pitch}`);
      expect(buttons[i]?.getAttribute('aria-label')).toBe(`Play as ${name}, ${calling}. ${pitch}`);
      expect(buttons[i]?.type).toBe('button');
    }
  });

  it('picks the role whose button is clicked, once', () => {
    const pick = vi.fn();
    renderRolePicker(list, pick);
    list.querySelectorAll('button')[2]?.click();
    expect(pick.mock.calls).toEqual([[ROLE_IDS[2]]]);
  });

  it('draws afresh: rendering twice leaves one set of buttons', () => {
    renderRolePicker(list, () => {});
    renderRolePicker(list, () => {});
    expect(list.querySelectorAll('button')).toHaveLength(ROLE_IDS.length);
  });
});
