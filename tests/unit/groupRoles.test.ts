// The mural key's words for each group, held to the model: a group said to lower pH makes
// acid from sugar, one said to raise it or to make none does not (beyond the commensals'
// small, self-limiting share), and the pH numbers the cards quote are the model's own.
import { describe, expect, it } from 'vitest';
import { GROUP_ROLES } from '../../src/session/groupRoles';
import { GROUPS } from '../../src/sim';
import { PARAMETERS } from '../../src/sim/parameters';

const p = PARAMETERS.groups;
/** "pH 4" as a whole number: not the start of "pH 4.5". */
const quoted = (value: number) => new RegExp(`pH ${String(value).replace('.', '\\.')}(?!\\.?\\d)`);

describe('the groups as the key describes them', () => {
  it('has a role, food and pH effect for every group', () => {
    for (const group of GROUPS) {
      const role = GROUP_ROLES[group];
      expect(role.role.length, group).toBeGreaterThan(3);
      expect(role.feeds.length, group).toBeGreaterThan(10);
      expect(role.ph.length, group).toBeGreaterThan(10);
    }
  });

  it('says "lowers" only of acid-makers and "no acid" only of groups that make none', () => {
    for (const group of GROUPS) {
      const { phDirection, ph } = GROUP_ROLES[group];
      const yieldOf = p[group].acidYield.value;
      if (phDirection === 'lowers') expect(yieldOf, group).toBeGreaterThanOrEqual(0.6);
      if (phDirection === 'neither') {
        expect(yieldOf, group).toBe(0);
        expect(ph).toMatch(/no acid/i);
      }
    }
    // Commensals work both ways: acid from sugar (less per cell than S. mutans, and stopping at
    // a higher pH) and alkali from arginine. Veillonella eats lactate and makes no acid.
    expect(GROUP_ROLES.C.phDirection).toBe('both');
    expect(p.C.acidYield.value).toBeGreaterThan(0);
    expect(p.C.acidYield.value).toBeLessThan(p.M.acidYield.value);
    expect(p.C.glycolysisFloor.value).toBeGreaterThan(p.M.glycolysisFloor.value);
    expect(PARAMETERS.chemistry.ammoniaRate.value).toBeGreaterThan(0);
    expect(GROUP_ROLES.V.phDirection).toBe('raises');
    expect(p.V.acidYield.value).toBe(0);
    expect(PARAMETERS.chemistry.veillonellaUptake.value).toBeGreaterThan(0);
  });

  it("quotes the model's own pH limits", () => {
    expect(GROUP_ROLES.M.ph).toMatch(quoted(p.M.glycolysisFloor.value));
    expect(GROUP_ROLES.C.ph).toMatch(quoted(Math.round(10 * p.C.glycolysisFloor.value) / 10));
    expect(GROUP_ROLES.L.ph).toMatch(quoted(p.L.glycolysisFloor.value));
    expect(GROUP_ROLES.L.ph).toMatch(quoted(p.L.phOpt.value));
    expect(GROUP_ROLES.P.ph).toMatch(quoted(p.P.phMin.value));
    expect(GROUP_ROLES.K.ph).toMatch(quoted(p.K.phOpt.value));
  });
});
