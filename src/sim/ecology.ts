// The seven groups over one step: what each lives on, who inhibits whom, crowding, acid and
// chlorhexidine kill and immigration from saliva; and the gum's answer to the gum-line
// bacteria. Called once per step by the step loop (integrator.ts).
import {
  clamp01,
  column,
  GLYCOLYTIC_ACTIVITY,
  LACTATE_HALF_SAT,
  N_GROUPS,
  rosso,
  v,
} from './chemistry';
import { GROUPS, type GroupName } from './groups';
import { PARAMETERS } from './parameters';

const G = PARAMETERS.groups;
const EC = PARAMETERS.ecology;
const GUM = PARAMETERS.gum;

const MU = column('muMax');
const PH_MIN = column('phMin');
const PH_OPT = column('phOpt');
const PH_MAX = column('phMax');
const SIGMA = column('sigma');
const RHO = column('rho');
const DEATH = column('death');
const CROWD = column('crowding');
const ACID_KILL = column('acidKill');
const IMMIGRATION = column('immigration');
/** Chlorhexidine kill per unit bound chlorhexidine and hour, per group. */
const CHX_TERM = Float64Array.from(column('chxKill'), (k) => v(EC.chxRate) * k);

/** Log-kill of one full chlorhexidine rinse, per group. */
export const CHX_KILL_PER_DOSE: Readonly<Record<GroupName, number>> = Object.fromEntries(
  GROUPS.map((g) => [g, v(G[g].chxKill)]),
) as Record<GroupName, number>;

const PEROXIDE = v(EC.peroxideInhibition);
const PEROXIDE_SUGAR_RELIEF = v(EC.peroxideSugarRelief);
const MUTACIN = v(EC.mutacin);
const CANDIDA_BOOST = v(EC.candidaBoost);
const BACTERIOCIN = v(EC.bacteriocin);
const FUSO_HALF_SAT = v(EC.fusoHalfSaturation);
const KEYSTONE_PROTECTION = v(EC.keystoneProtection);
const KEYSTONE_HALF_SAT = v(EC.keystoneHalfSaturation);
/** Active sugar-using biomass at which each user gets half the sugar. */
export const SUGAR_COMPETITION = v(EC.sugarCompetition);
const STORE_GROWTH = v(EC.storeGrowth);
const NICHE_LOSS = v(EC.mutansNicheLoss);
const NICHE_HALF = v(EC.mutansNicheHalf);
const NICHE_COMMENSAL = v(EC.mutansNicheCommensal);

// Per-group resource and extra loss terms of the current step (scratch).
const RES = new Float64Array(N_GROUPS);
const EXTRA = new Float64Array(N_GROUPS);
/** Seeding per hour beyond saliva's, per group: the retention sites' lactobacilli (scratch). */
const SEED = new Float64Array(N_GROUPS);

/**
 * Grows the groups `x` (in place) over a step of `h` hours at mean plaque pH `pHn`.
 * `sugarSat` is the bacteria's mean sugar saturation, `active` the active sugar-using biomass
 * (GLYCOLYTIC_ACTIVITY holds each group's activity), `acidMean` the step's mean acid (mM),
 * `storeMean` S. mutans' mean polysaccharide store, `lactobacillusSeeding` the lactobacilli
 * the retention sites shed into the plaque per hour (share of carrying capacity).
 */
export function grow(
  x: Float64Array,
  jitter: Float64Array,
  h: number,
  pHn: number,
  sugarSat: number,
  active: number,
  acidMean: number,
  inflammation: number,
  probiotic: number,
  storeMean: number,
  chlorhexidine: number,
  lactobacillusSeeding: number,
): void {
  const gly = GLYCOLYTIC_ACTIVITY;
  const C = x[0] as number;
  const M = x[1] as number;
  const V = x[3] as number;
  const F = x[4] as number;
  const P = x[5] as number;
  const K = x[6] as number;
  const s = sugarSat;
  const sugarShare = s / (1 + active / SUGAR_COMPETITION);
  const lactate = acidMean / (LACTATE_HALF_SAT + acidMean);
  const total0 = C + M + (x[2] as number) + V + F + P + K;
  const space = total0 < 1 ? 1 - total0 : 0;
  // S. mutans' polysaccharide store pays off most where the commensals' glycolysis is failing
  // (below pH 6, fully at 5); at neutral pH it still carries S. mutans between meals at four
  // fifths. At none (tried 2026-12) S. mutans could not hold the tipped state: behaviour 5's
  // hysteresis and the tipping at about 6 pulses a day were lost.
  const acidStress = pHn >= 6 ? 0.8 : pHn <= 5 ? 1 : 0.8 + (1 - 0.8) * (6 - pHn);
  const keystoneDeath = 1 - KEYSTONE_PROTECTION * (P / (P + KEYSTONE_HALF_SAT));
  // What each group lives on, and its interactions and losses beyond the common terms; then
  // one branch-free loop applies growth, crowding, acid and chlorhexidine to all seven.
  const res = RES;
  const extra = EXTRA;
  res[0] = (SIGMA[0] as number) + (RHO[0] as number) * (gly[0] as number) * sugarShare;
  extra[0] = -MUTACIN * M - (DEATH[0] as number);
  // H2O2 comes from active commensals (pyruvate oxidase), so it fades when acid stalls them.
  res[1] =
    (SIGMA[1] as number) +
    (RHO[1] as number) * (gly[1] as number) * sugarShare +
    STORE_GROWTH * storeMean * acidStress;
  extra[1] =
    (-PEROXIDE * C * (gly[0] as number)) / (1 + PEROXIDE_SUGAR_RELIEF * s) +
    CANDIDA_BOOST * s * K -
    BACTERIOCIN * probiotic -
    (NICHE_LOSS * (1 - NICHE_COMMENSAL + NICHE_COMMENSAL * C) * M) / (NICHE_HALF + M) -
    (DEATH[1] as number);
  res[2] = (SIGMA[2] as number) + (RHO[2] as number) * (gly[2] as number) * sugarShare;
  extra[2] = -(DEATH[2] as number);
  // Veillonella lives on lactate.
  res[3] = (SIGMA[3] as number) + (RHO[3] as number) * lactate;
  extra[3] = -(DEATH[3] as number);
  // F. nucleatum on host proteins with inflammation; P. gingivalis also needs its bridge.
  res[4] = (SIGMA[4] as number) + (RHO[4] as number) * inflammation;
  extra[4] = -(DEATH[4] as number) * keystoneDeath;
  res[5] = ((SIGMA[5] as number) + (RHO[5] as number) * inflammation) * (F / (FUSO_HALF_SAT + F));
  extra[5] = -(DEATH[5] as number) * keystoneDeath;
  res[6] = (SIGMA[6] as number) + (RHO[6] as number) * (gly[6] as number) * sugarShare;
  extra[6] = -(DEATH[6] as number);
  SEED[2] = lactobacillusSeeding;
  let total = 0;
  for (let i = 0; i < N_GROUPS; i++) {
    const xi = x[i] as number;
    const phi = rosso(pHn, PH_MIN[i] as number, PH_OPT[i] as number, PH_MAX[i] as number);
    const below = (PH_MIN[i] as number) - pHn;
    const g =
      (MU[i] as number) * phi * (res[i] as number) * space +
      (extra[i] as number) -
      (CROWD[i] as number) * xi -
      (below > 0 ? (ACID_KILL[i] as number) * below : 0) -
      (CHX_TERM[i] as number) * chlorhexidine;
    const next =
      xi + h * (xi * g + (IMMIGRATION[i] as number) * (jitter[i] as number) + (SEED[i] as number));
    const kept = Math.max(next, 0);
    x[i] = kept;
    total += kept;
  }
  if (total > 1) for (let i = 0; i < N_GROUPS; i++) x[i] = (x[i] as number) / total;
}

const GUM_FUSO_WEIGHT = v(GUM.fusoWeight);
const GUM_KEYSTONE_WEIGHT = v(GUM.keystoneWeight);
const HILL = v(GUM.stimulusHill);
const HALF_STIMULUS_POWERED = v(GUM.stimulusHalf) ** HILL;
const INFLAME_RATE = v(GUM.inflameRate);
const RESOLVE_RATE = v(GUM.resolveRate);

/**
 * x ** HILL without Math.pow (~100 ns, the dearest call of a step): repeated multiplication for
 * a small whole exponent (the parameter is 2), within a few units in the last place of Math.pow.
 */
const hillPower: (x: number) => number =
  Number.isInteger(HILL) && HILL >= 1 && HILL <= 8
    ? (x) => {
        let result = x;
        for (let n = 1; n < HILL; n++) result *= x;
        return result;
      }
    : (x) => Math.exp(HILL * Math.log(x));

/**
 * Gum inflammation after `h` hours: a graded host response to the plaque at the gum margin
 * (`gumPlaque`, 0-1) weighted by what it holds: F. nucleatum, and P. gingivalis 50 times more.
 * Undisturbed plaque of healthy make-up inflames the gum in 1-3 weeks (Loe et al. 1965);
 * brushing removes the margin's plaque and the inflammation then resolves within days.
 */
export function inflammationAfter(
  inflammation: number,
  x: Float64Array,
  h: number,
  gumPlaque: number,
): number {
  const stim =
    gumPlaque * (GUM_FUSO_WEIGHT * (x[4] as number) + GUM_KEYSTONE_WEIGHT * (x[5] as number));
  const stimH = hillPower(stim);
  const drive = stimH / (stimH + HALF_STIMULUS_POWERED);
  return clamp01(
    inflammation + h * (INFLAME_RATE * drive * (1 - inflammation) - RESOLVE_RATE * inflammation),
  );
}

/** Attachment lost per hour (mm) at full drive: the parameter is per year. */
const ATTACHMENT_PER_HOUR = v(GUM.attachmentRate) / (365 * 24);
const ATTACHMENT_ONSET = v(GUM.attachmentInflammation);
const ATTACHMENT_KEYSTONE_HALF = v(GUM.attachmentKeystoneHalf);
/** A root is about 13-16 mm long: past this the tooth would be lost, so the loss stops here. */
export const ATTACHMENT_MAX = 15;

/**
 * Attachment loss after `h` hours: lasting damage, unlike inflammation. It builds only while the
 * gum is inflamed past `attachmentInflammation`, faster with more P. gingivalis (`keystone`,
 * abundance), at up to a rapid progressor's millimetre a year, and nothing takes it back.
 */
export function attachmentAfter(
  loss: number,
  inflammation: number,
  keystone: number,
  h: number,
): number {
  if (inflammation <= ATTACHMENT_ONSET) return loss;
  const drive =
    ((inflammation - ATTACHMENT_ONSET) / (1 - ATTACHMENT_ONSET)) *
    (keystone / (ATTACHMENT_KEYSTONE_HALF + keystone));
  return Math.min(ATTACHMENT_MAX, loss + h * ATTACHMENT_PER_HOUR * drive);
}

const RETENTION_PH = v(EC.retentionPh);
const RETENTION_GROWTH = v(EC.retentionGrowth);
const RETENTION_LOSS = Math.LN2 / v(EC.retentionHalfLife);
const RETENTION_SETTLING = v(EC.retentionSettling);
/** Lactobacilli full retention sites shed into the open plaque per hour. */
export const RETENTION_SEEDING = v(EC.retentionSeeding);

/**
 * Lactobacilli in the retention sites after `h` hours (`retained`, 0-1 of what the sites hold):
 * they gain there while the open plaque's pH `pHn` is below retentionPh (fully a unit lower),
 * as the sites stay more acidic than open plaque; they settle from the open plaque's
 * lactobacilli `lacto`; and they leave over weeks. Logistic in the sites, so never above 1.
 */
export function retentionAfter(retained: number, lacto: number, pHn: number, h: number): number {
  const acidic = clamp01(RETENTION_PH - pHn);
  const next =
    retained +
    h *
      (RETENTION_GROWTH * acidic * retained * (1 - retained) -
        RETENTION_LOSS * retained +
        RETENTION_SETTLING * lacto * (1 - retained));
  return clamp01(next);
}
