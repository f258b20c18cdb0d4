import { SUGAR_PER_DOSE } from './chemistry';
import { CHX_KILL_PER_DOSE } from './ecology';
import { SimInputError } from './errors';
import { GROUPS, type GroupName } from './groups';
import { RINSE_WINDOW_MINUTES } from './metrics';
import { PARAMETERS } from './parameters';
import { checkMicrobiome, cloneMicrobiome, type Microbiome } from './state';

export type InterventionName =
  | 'meal'
  | 'sugar_snack'
  | 'sugar_feast'
  | 'brushing'
  | 'fluoride'
  | 'chlorhexidine'
  | 'probiotic_gel'
  | 'arginine_gel'
  | 'blended_gel'
  | 'saliva_boost'
  | 'dry_mouth'
  | 'implant_sensor';

export const INTERVENTIONS: Record<InterventionName, { label: string; note: string }> = {
  meal: {
    label: 'Meal',
    note:
      'A meal brings some sugar, but chewing more than doubles saliva flow, which washes sugar ' +
      'away and buffers acid, so plaque pH dips less than after a sweet drink. Evidence: strong ' +
      '(Dawes 2008).',
  },
  sugar_snack: {
    label: 'Sugary snack',
    note:
      'Plaque bacteria turn sugar into acid within minutes: pH bottoms out after 5-10 minutes ' +
      'and saliva needs 15-60 minutes to bring it back (the Stephan curve). Evidence: strong ' +
      '(Stephan 1944).',
  },
  sugar_feast: {
    label: 'Sugar feast',
    note:
      'Grazing on sweets for hours keeps the plaque acidic the whole time: each new bite ' +
      'restarts the acid attack before saliva has brought the pH back. How often and how much ' +
      'both matter. Evidence: moderate (Head et al. 2017, a computer model; Bernabe et al. ' +
      '2016, a cohort, found the amount matters most).',
  },
  brushing: {
    label: 'Brushing',
    note:
      'Brushing strips away most of the plaque biofilm and leaves fluoride from the toothpaste ' +
      'behind; the bacteria grow back within a day, which is why it is done twice daily. ' +
      'Evidence: strong (Loe et al. 1965; Marinho et al. 2003).',
  },
  fluoride: {
    label: 'Fluoride treatment',
    note:
      'Fluoride in the plaque fluid slows enamel loss during an acid attack, lowering the pH at ' +
      'which enamel dissolves (towards 4.5 from 5.5) while it is there, and helps enamel take ' +
      'mineral back as a fluoride-rich surface; it also slows the bacteria that make acid. ' +
      'Evidence: strong (Featherstone 1999).',
  },
  chlorhexidine: {
    label: 'Chlorhexidine rinse',
    note:
      'A strong antiseptic that binds to teeth and gums and keeps working for about 12 hours, ' +
      'holding plaque down for a day. It hits S. mutans harder than friendly streptococci, while ' +
      'lactobacilli and yeasts survive it best. Used for a week it shifted the mix of mouth ' +
      'bacteria and made saliva more acidic in a trial, so it is a short-term tool. Evidence: ' +
      'strong for plaque control (Schiott et al. 1970); one trial for the shift (Bescos et al. ' +
      '2020).',
  },
  probiotic_gel: {
    label: 'Probiotic gel',
    note:
      'Streptococcus salivarius strains like K12 and M18 make bacteriocins against other ' +
      'streptococci and (M18) ammonia. In trials their effect on tooth-decay bacteria is small ' +
      'and inconsistent, and the strain fades within a few weeks of stopping. Evidence: weak ' +
      '(Burton et al. 2013; Horz et al. 2007).',
  },
  arginine_gel: {
    label: 'Arginine gel',
    note:
      'Friendly streptococci and many lactobacilli break arginine down into ammonia, which ' +
      'neutralises acid; in one two-year trial a toothpaste with arginine cut new decay by about ' +
      'a fifth on top of fluoride. Evidence: weak (Kraivaphan et al. 2013; a 2016 systematic ' +
      'review, Astvaldsdottir et al., judged the evidence insufficient).',
  },
  blended_gel: {
    label: 'Festival blended gel',
    note:
      'A mixed culture sold as a probiotic: it carries friendly streptococci but also Candida, ' +
      'lactobacilli and a trace of the gum pathogen P. gingivalis. Evidence: none (the game ' +
      'invented it, to show why untested cultures are a risk).',
  },
  saliva_boost: {
    label: 'Saliva boost',
    note:
      'Chewing sugar-free gum raises saliva flow, and drinking water keeps the mouth wet and ' +
      'rinses sugar away; saliva clears sugar, ' +
      'carries bicarbonate buffer and brings the minerals that repair enamel. Evidence: ' +
      'moderate (Dawes 2008).',
  },
  dry_mouth: {
    label: 'Dry mouth',
    note:
      'Stress, some medicines and mouth-breathing cut saliva flow; sugar then lingers three ' +
      'times longer and plaque tips towards acid-lovers at fewer sugary snacks a day. ' +
      'Evidence: strong that a dry mouth decays faster (Dawes 2008); the timings come from a ' +
      'computer model (Head et al. 2021).',
  },
  implant_sensor: {
    label: 'Implant sensor',
    note:
      'An early-warning pH sensor that lets small, well-timed doses do the job of large ones ' +
      "and spares friendly bacteria from blunt treatments. Evidence: none (the story's " +
      'science fiction; the model treats it only as better targeting).',
  },
};

export const INTERVENTION_NAMES = Object.keys(INTERVENTIONS) as InterventionName[];

function isIntervention(name: string): name is InterventionName {
  return Object.hasOwn(INTERVENTIONS, name);
}

const GUM = PARAMETERS.gum;
const BRUSH_MARGIN = GUM.brushingMarginRemoval.value;
const GEL_MARGIN = GUM.gelMarginSeeding.value;
const CHX_MARGIN = GUM.chxMarginKill.value;

function normalise(m: Microbiome): void {
  let total = 0;
  for (const g of GROUPS) total += m.groups[g];
  if (total > 1) for (const g of GROUPS) m.groups[g] /= total;
}

function add(m: Microbiome, g: GroupName, amount: number): void {
  m.groups[g] += amount;
}

/** The sensor makes doses better targeted: up to 50% more effect per unit of gel. */
function precision(m: Microbiome): number {
  return 1 + 0.5 * m.sensor;
}

const EFFECTS: Record<InterventionName, (m: Microbiome, dose: number) => void> = {
  meal: (m, d) => {
    m.sugar += SUGAR_PER_DOSE.meal * d;
    m.chewing = Math.max(m.chewing, d);
  },
  sugar_snack: (m, d) => {
    m.sugar += SUGAR_PER_DOSE.rinse * d;
  },
  sugar_feast: (m, d) => {
    // Grazing: a half-rinse every 30 minutes for up to 12 hours, first one now.
    const pulses = Math.round(24 * d);
    if (pulses === 0) return;
    m.feastPulses = Math.max(m.feastPulses, pulses);
    m.feastNext = m.minute;
    m.feastDose = 1;
  },
  brushing: (m, d) => {
    // Brushing reaches supragingival plaque better than the gum margin where F and P live.
    for (const g of GROUPS) m.groups[g] *= 1 - (g === 'F' || g === 'P' ? 0.35 : 0.6) * d;
    m.fluoride += 0.3 * d * (1 - m.fluoride);
    m.sugar *= 1 - 0.8 * d;
    m.acid *= 1 - 0.5 * d;
    // The deposit at the gum margin, which the gum answers to, has to mature again.
    m.gumPlaque *= 1 - BRUSH_MARGIN * d;
  },
  fluoride: (m, d) => {
    m.fluoride += 0.6 * d * (1 - m.fluoride);
  },
  chlorhexidine: (m, d) => {
    // A sensor-guided rinse is shorter and aimed, sparing some commensals.
    const spare = 1 - 0.5 * m.sensor;
    for (const g of GROUPS) {
      const k = CHX_KILL_PER_DOSE[g] * d * (g === 'C' || g === 'V' ? spare : 1);
      m.groups[g] *= Math.exp(-k);
    }
    m.gumPlaque *= Math.exp(-CHX_MARGIN * d);
    m.chlorhexidine += d;
    m.washout = Math.min(1, m.washout + 0.6 * d);
    // The ending rule counts rinses over the last 72 hours; older ones no longer matter.
    const keepFrom = m.minute - RINSE_WINDOW_MINUTES;
    m.rinses = m.rinses.filter((r) => r.minute > keepFrom);
    if (d > 0) m.rinses.push({ minute: m.minute, dose: d });
  },
  probiotic_gel: (m, d) => {
    // Each dose colonises part of the room left: the resident flora resists newcomers, so
    // daily dosing levels off well short of a takeover (Horz et al. 2007).
    m.probiotic = Math.min(1, m.probiotic + 0.15 * d * precision(m) * (1 - m.probiotic));
  },
  arginine_gel: (m, d) => {
    m.arginine += 4 * d * precision(m);
  },
  blended_gel: (m, d) => {
    // Colonisation resistance: resident plaque holds its ground, so the culture settles only
    // in the room left (about a third of a settled healthy plaque, most of a freshly brushed
    // one). The amounts are what a full dose would settle on a bare tooth.
    let total = 0;
    for (const g of GROUPS) total += m.groups[g];
    const settles = d * Math.max(0, 1 - total);
    add(m, 'C', 0.12 * settles);
    add(m, 'L', 0.03 * settles);
    add(m, 'K', 0.06 * settles);
    add(m, 'P', 0.015 * settles);
    normalise(m);
    // A thick culture smeared along the gums: a ready-made deposit at the margin.
    m.gumPlaque += GEL_MARGIN * d * (1 - m.gumPlaque);
  },
  saliva_boost: (m, d) => {
    m.flowBoost = Math.max(m.flowBoost, d);
    // Hydration shortens a stress-induced dry spell but cannot cure a constitutional one.
    m.dryMinutes *= 1 - d;
    if (m.dryMinutes < 1) {
      m.dryMinutes = 0;
      m.saliva = m.baseSaliva;
    }
  },
  dry_mouth: (m, d) => {
    if (d === 0) return;
    m.dryMinutes = Math.max(m.dryMinutes, d * 3 * 1440);
    m.saliva = 'dry';
  },
  implant_sensor: (m, d) => {
    m.sensor = Math.max(m.sensor, d);
  },
};

/**
 * Returns a new state with the intervention applied at `dose` in [0, 1]; `m` is untouched.
 * Throws SimInputError for an unknown name or a dose that is not a finite number in [0, 1],
 * and SimStateError for a state that fails checkMicrobiome.
 */
export function applyIntervention(m: Microbiome, name: string, dose: number): Microbiome {
  checkMicrobiome(m);
  if (typeof name !== 'string' || !isIntervention(name)) {
    throw new SimInputError(
      `Unknown intervention "${String(name)}"; valid interventions: ${INTERVENTION_NAMES.join(', ')}`,
    );
  }
  if (typeof dose !== 'number' || !Number.isFinite(dose) || dose < 0 || dose > 1) {
    throw new SimInputError(`Dose for "${name}" must be a finite number in [0, 1], got ${dose}`);
  }
  const next = cloneMicrobiome(m);
  // An intervention starts a new stretch of time: advance resumes from here (lastMark.ts).
  next.lastMark = null;
  EFFECTS[name](next, dose + 0); // + 0 turns -0 into 0, which JSON would do anyway
  return next;
}
