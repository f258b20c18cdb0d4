// @vitest-environment happy-dom
// A speaker's name at the start of a dialogue line: the portrait beside it for the four
// main characters, the name always as text.
import { describe, expect, it } from 'vitest';
import { parseTags } from '../../../src/narrative/tags';
import { ROLES } from '../../../src/session/roles';
import { showSpeaker } from '../../../src/ui/portraits';

const paragraphFor = (speaker: string, ...tags: string[]) => {
  const paragraph = document.createElement('p');
  showSpeaker(paragraph, speaker, parseTags([`speaker: ${speaker}`, ...tags]));
  return paragraph;
};

describe('the speaker of a line', () => {
  it('shows a main character with their portrait for the expression, the name as text', () => {
    const paragraph = paragraphFor('Kara', 'expression: worried');
    const portrait = paragraph.querySelector('img.portrait') as HTMLImageElement;
    expect(portrait.dataset.role).toBe('kara');
    expect(portrait.dataset.expression).toBe('worried');
    expect(portrait.getAttribute('src')).toMatch(/kara-worried\.svg/);
    // Decoration only: the name beside it is what people read.
    expect(portrait.alt).toBe('');
    expect(portrait.getAttribute('aria-hidden')).toBe('true');
    expect(paragraph.querySelector('.speaker')?.textContent).toBe('Kara: ');
    expect(paragraph.classList.contains('with-portrait')).toBe(true);
    expect(paragraph.style.getPropertyValue('--role-colour')).toBe(ROLES.kara.colour);
  });

  it('keeps anyone else to the plain name, markup in it shown as letters', () => {
    const paragraph = paragraphFor('<b>Mirela</b>');
    expect(paragraph.querySelector('img')).toBeNull();
    expect(paragraph.textContent).toBe('<b>Mirela</b>: ');
    expect(paragraph.querySelector('b')).toBeNull();
  });
});
