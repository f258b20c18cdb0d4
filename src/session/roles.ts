// The four people who answer the outbreak. The ids are the ink `role` values and the
// `# role:` tag values; the names are what players see.

export const ROLE_IDS = ['elara', 'torus', 'kara', 'jalen'] as const;

export type RoleId = (typeof ROLE_IDS)[number];

export interface Role {
  id: RoleId;
  name: string;
  calling: string;
  /** One line on the role picker: what playing this person is about. */
  pitch: string;
  /** Accent used for names, turn prompts and the role picker (meets 4.5:1 on the panel). */
  colour: string;
}

export const ROLES: Record<RoleId, Role> = {
  elara: {
    id: 'elara',
    name: 'Elara Drosin',
    calling: 'Lead Oral Health Guardian',
    pitch:
      'Gather people, hear their stories, and care for a community that shares one mouthful of life.',
    colour: '#7fe0c4',
  },
  torus: {
    id: 'torus',
    name: 'Torus Kline',
    calling: 'Biotech inventor',
    pitch:
      'Tune the implants and brew a healing gel from local flora, then live with what it does.',
    colour: '#ffc46b',
  },
  kara: {
    id: 'kara',
    name: 'Kara Femir',
    calling: 'Artist of the living mural',
    pitch:
      'Paint with living colour: your mural pulses with the health of everyone at the festival.',
    colour: '#f29bd2',
  },
  jalen: {
    id: 'jalen',
    name: 'Jalen Rynn',
    calling: 'Ethics overseer',
    pitch: 'Weigh privacy against collective health, and decide what the bio-hub may know and do.',
    colour: '#9ec3ff',
  },
};

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === 'string' && (ROLE_IDS as readonly string[]).includes(value);
}
