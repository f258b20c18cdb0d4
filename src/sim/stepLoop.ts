// The step loop: simulates minutes of the packed state with an adaptive step. Chemistry is
// solved per step with exact exponentials (chemistry.ts), the groups and the gum are grown
// (ecology.ts), then the tooth (tooth.ts) and the slow traces (traces.ts). Over 400 lines on
// purpose: the hot loop is one function of locals with module-local constants (see below), so
// V8 keeps them in registers; splitting it costs speed and risks the floats determinism needs.
import {
  acidAfter,
  acidClearanceAt,
  bufferOf,
  GLYCOLYTIC_ACTIVITY,
  glycolysis,
  N_GROUPS,
  phOf,
  SUGAR_USE,
  salivaryFlow,
  sugarClearanceAt,
  v,
} from './chemistry';
import {
  attachmentAfter,
  grow,
  inflammationAfter,
  RETENTION_SEEDING,
  retentionAfter,
} from './ecology';
import { SimStateError } from './errors';
import { SLOT } from './packedState';
import { PARAMETERS } from './parameters';
import { toothAfter } from './tooth';
import {
  DECAY_F,
  decaysFor,
  FINE_STEP,
  FLOW_TRACE,
  flush,
  QUIET_STEP,
  recordHour,
  STEP_RULES,
  SUGAR_TRACE,
  startHour,
} from './traces';

const CH = PARAMETERS.chemistry;
const EC = PARAMETERS.ecology;
const GUM = PARAMETERS.gum;

// The step rules, copied into module-local constants (see below for why).
const STEEP_PH_PER_MINUTE = STEP_RULES.steepPhPerMinute;
const LONG_SUGAR = STEP_RULES.longSugar;
const FIRST_GUESS_PH = STEP_RULES.firstGuessPh;
const REST_MM = STEP_RULES.restMm;
const STEP_ERROR = STEP_RULES.stepError;

// The loop's constants are module-local, not imported: an imported binding is live, so V8
// reloads and hole-checks it at every use in the loop, which cost a fifth of its speed.
const ACID_SCALE = v(CH.acidScale);
const SUGAR_HALF_SAT = v(CH.sugarHalfSaturation);
const BASAL_SUGAR = v(CH.basalSugar);
/** K_S + basal sugar: the saturation of sugar S is 1 - K_S / (S + SUGAR_SAT_OFFSET). */
const SUGAR_SAT_OFFSET = SUGAR_HALF_SAT + BASAL_SUGAR;
const LACTATE_HALF_SAT = v(CH.lactateHalfSaturation);
const MUTANS_RAMP = 1 / (6 - v(PARAMETERS.groups.M.glycolysisFloor));
const MUTANS_YIELD = v(PARAMETERS.groups.M.acidYield);
const FEAST_PULSE_SUGAR = 0.5 * v(CH.rinseSugar);
const SUGAR_COMPETITION = v(EC.sugarCompetition);
const CHEW_RATE = Math.LN2 / v(CH.chewingHalfLife);
const ARGININE_REST = v(CH.arginineRest);
const ARGININE_HALF_SAT = v(CH.arginineHalfSaturation);
const AMMONIA_RATE = v(CH.ammoniaRate);
const PROBIOTIC_AMMONIA = v(CH.probioticAmmonia);
const LACTO_ADS = v(CH.lactobacillusAmmonia);
const ADS_HALF_SAT = v(CH.arginolyticHalfSaturation);
const VEILLONELLA_UPTAKE = v(CH.veillonellaUptake);
/** Chemostat dilution per minute: with pH control on, it clears sugar, acid and ammonia. */
const DILUTION = v(CH.chemostatDilution) / 60;
/** Sugar (K_S) taken up per mM of acid made from it. */
const SUGAR_PER_ACID = 1 / v(CH.acidPerSugar);
const NITRATE_ALKALI = v(CH.nitrateAlkali);
const NITRATE_HALF_SAT = v(CH.nitrateHalfSaturation);
const STORE_FILL = v(EC.storeFill);
const STORE_ACID = v(EC.storeAcid);
/** What seeds a chemostat from saliva: nothing (it has none). */
const NO_SEEDING = new Float64Array(N_GROUPS);
/** Marginal plaque killed per hour per unit bound chlorhexidine. */
const CHX_MARGIN = v(EC.chxRate) * v(GUM.chxMarginKill);

/**
 * The step loop over the packed state (`sc` at SLOT, groups `x`, the hourly buckets and the
 * immigration noise), `minutes` long; `fixedDt` > 0 forces that step. Returns the step count.
 * A `trace` array, if given, receives (minute, pH, biomass) at the end of every step; it
 * only reads the state, so a traced run gives the same floats as an untraced one. With
 * `stopAfter` < `minutes` the run ends at the first step end at or after `stopAfter` minutes.
 */
export function run(
  sc: Float64Array,
  x: Float64Array,
  lowPh: Float64Array,
  acidMinutes: Float64Array,
  hourlyAcidLovers: Float64Array,
  hourlyInflammation: Float64Array,
  jitter: Float64Array,
  minutes: number,
  fixedDt: number,
  trace: number[] | null = null,
  stopAfter = minutes,
): number {
  let sugar = sc[SLOT.sugar] as number;
  let acid = sc[SLOT.acid] as number;
  let ammonia = sc[SLOT.ammonia] as number;
  let arginine = sc[SLOT.arginine] as number;
  let probiotic = sc[SLOT.probiotic] as number;
  let enamel = sc[SLOT.enamel] as number;
  let fluoride = sc[SLOT.fluoride] as number;
  let chlorhexidine = sc[SLOT.chlorhexidine] as number;
  let inflammation = sc[SLOT.inflammation] as number;
  let gumPlaque = sc[SLOT.gumPlaque] as number;
  let attachmentLoss = sc[SLOT.attachmentLoss] as number;
  let retained = sc[SLOT.retainedLactobacilli] as number;
  let chewing = sc[SLOT.chewing] as number;
  let flowBoost = sc[SLOT.flowBoost] as number;
  let washout = sc[SLOT.washout] as number;
  let dryMinutes = sc[SLOT.dryMinutes] as number;
  let rng = sc[SLOT.rng] as number;
  let minute = sc[SLOT.minute] as number;
  let feastPulses = sc[SLOT.feastPulses] as number;
  let feastNext = sc[SLOT.feastNext] as number;
  const feastDose = sc[SLOT.feastDose] as number;
  const phFloor = sc[SLOT.phFloor] as number;
  let lowPhHour = sc[SLOT.lowPhHour] as number;
  let stored = sc[SLOT.storedSugar] as number;
  let dry = sc[SLOT.dry] as number;
  const baseDry = sc[SLOT.baseDry] as number;
  // With pH control on the state is a chemostat (the validation's emulation of Bradshaw & Marsh
  // 1998; the game never sets a floor): no saliva, only the vessel's dilution clears sugar, acid
  // and ammonia; no salivary sugar, arginine or nitrate trickle.
  const chemostat = phFloor > 0;
  const basal = chemostat ? 0 : BASAL_SUGAR;
  const satOffset = chemostat ? SUGAR_HALF_SAT : SUGAR_SAT_OFFSET;
  // Nitrate comes with saliva too: a chemostat's Veillonella reduce none.
  const nitrateAlkali = chemostat ? 0 : NITRATE_ALKALI;
  // Free arginine comes with saliva: a chemostat has none beyond what a state brought in.
  const arginineRest = chemostat ? 0 : ARGININE_REST;
  // Saliva also seeds plaque with bacteria every hour; a chemostat, inoculated once, gets none,
  // so a group the vessel's pH drives out stays out (without this a starved, acid-killed
  // community kept a third of its commensals, all of them fresh from the seeding).
  const seeding = chemostat ? NO_SEEDING : jitter;
  // Nor has a chemostat teeth: no retention sites to hide lactobacilli in or seed them from.
  const retentionSeeding = chemostat ? 0 : RETENTION_SEEDING;

  const gly = GLYCOLYTIC_ACTIVITY;
  const use = SUGAR_USE;
  const rampM = MUTANS_RAMP;
  let lastFlow = -1;
  let beta = 0;
  let kA = 0;
  let kS = 0;
  // Sugar and ammonia decay over the step, cached while flow and step length stay the same.
  let decayDt = -1;
  let sugarDecay = 1;
  let ammoniaDecay = 1;
  let remaining = minutes;
  let steps = 0;
  let bucket = ((lowPhHour % 24) + 24) % 24;

  while (remaining > 0) {
    // Hourly bookkeeping: a fresh low-pH bucket and fresh immigration noise.
    const hour = Math.floor(minute / 60);
    if (hour !== lowPhHour) {
      recordHour(hourlyAcidLovers, hourlyInflammation, x, inflammation, lowPhHour, hour);
      rng = startHour(lowPh, acidMinutes, jitter, lowPhHour, hour, rng);
      lowPhHour = hour;
      bucket = ((hour % 24) + 24) % 24;
    }

    if (feastPulses > 0 && minute >= feastNext) {
      sugar += FEAST_PULSE_SUGAR * feastDose;
      feastPulses -= 1;
      feastNext += 30;
    }

    const flow = salivaryFlow(dry === 1, chewing, flowBoost);
    if (flow !== lastFlow) {
      lastFlow = flow;
      beta = bufferOf(flow);
      const lnFlow = Math.log(flow);
      kA = chemostat ? DILUTION : acidClearanceAt(lnFlow);
      kS = chemostat ? DILUTION : sugarClearanceAt(lnFlow);
      decayDt = -1;
    }
    const pH = phOf(acid, ammonia, beta);
    const C = x[0] as number;
    const M = x[1] as number;
    const V = x[3] as number;

    // --- Chemistry (minutes) ---
    // Sugar, ammonia and arginine follow exact exponentials with their rates held over the step.
    // Acid is solved with production linear in the acid about a point (so the stiff throttling of
    // glycolysis by low pH needs no tiny steps) and with sugar's exponential decay as forcing,
    // about the start of the step. Steps longer than a minute are solved again about their
    // predicted middle (a second-order corrector), and the two answers' difference decides
    // whether the step was short enough. The helpers have one call site each, so V8 inlines them.
    // Arginine deiminase of commensal streptococci, lactobacilli (many carry it, so caries-
    // active plaque makes alkali too: Nascimento et al. 2013) and the M18 probiotic, saturating
    // in both the arginine and the arginolytic biomass.
    const adsBiomass = C + LACTO_ADS * (x[2] as number) + PROBIOTIC_AMMONIA * probiotic;
    // Nitrate reducers (Veillonella here) turn salivary nitrate into nitrite and ammonia,
    // consuming protons: alkali that chlorhexidine takes away with them (Bescos et al. 2020).
    const ads =
      AMMONIA_RATE *
        (adsBiomass / (ADS_HALF_SAT + adsBiomass)) *
        (arginine / (ARGININE_HALF_SAT + arginine)) +
      (nitrateAlkali * V) / (NITRATE_HALF_SAT + V);
    let ammoniaEq = ads / kA;
    // The step's flow-dependent rates: the start's, or mid-step ones while chewing fades.
    let stepBeta = beta;
    let stepKA = kA;
    let stepKS = kS;
    // S. mutans keeps fermenting its polysaccharide store after the sugar is gone, which is
    // part of why caries-active plaque recovers more slowly. Acid per unit of store and activity:
    const storeRate = ACID_SCALE * MUTANS_YIELD * M * STORE_ACID;
    const sat0 = (sugar + basal) / (SUGAR_HALF_SAT + sugar + basal);
    let dt = 0;
    let stepDt = -1;
    let acidEnd = acid;
    let predicted = acid;
    let ammoniaEnd = ammonia;
    let sugarMean = 0;
    let bacteriaSat = 0;
    let satConst = sat0;
    let satExp = 0;
    let satMean = sat0;
    let storeMean = stored;
    let storedEnd = stored;
    let decay: Float64Array = DECAY_F;
    let capacity = 0;
    let active = 0;
    let linAcid = acid;
    let linPh = pH;
    let corrector = false;
    // Sugar's first-order loss over the step: clearance plus the bacteria's uptake, linearised
    // about the start (uptake = acid made from sugar / acidPerSugar).
    let kUptake = 0;
    let sugarK = kS;
    // Veillonella's lactate uptake per mM of lactate, per minute (linearised as the acid is).
    let uptake = 0;
    for (;;) {
      capacity = glycolysis(linPh, x, fluoride);
      active = use[0] as number;
      const gM = gly[1] as number;
      uptake = (VEILLONELLA_UPTAKE * V) / (LACTATE_HALF_SAT + linAcid);

      if (dt === 0) {
        // The bacteria take sugar up as they ferment it (Monod in the sugar): minor beside
        // saliva's clearance in the mouth, the only sink besides dilution in a chemostat.
        if (sugar > 0) kUptake = (SUGAR_PER_ACID * capacity) / (SUGAR_HALF_SAT + sugar);
        // --- Step length ---
        // How fast the pH moves at the start of the step.
        const phRate =
          Math.abs(capacity * sat0 + storeRate * stored * gM - (kA + uptake) * acid) / beta;
        if (fixedDt > 0) {
          dt = Math.min(fixedDt, remaining);
        } else if (phRate > STEEP_PH_PER_MINUTE) {
          // Right after sugar hits acid-prone plaque the pH can fall a whole unit in a minute:
          // quarter-minute steps there keep the Stephan curve close to a fine reference.
          dt = Math.min(FINE_STEP, remaining);
        } else if (minute !== Math.floor(minute)) {
          // Once the plunge eases, the rest of a started minute in one step, so every longer
          // step begins on a whole minute and the result does not depend on where a caller
          // splits the run.
          dt = Math.min(Math.floor(minute) + 1 - minute, remaining);
        } else {
          // Otherwise up to the next QUIET_STEP mark of the clock, so hour boundaries (and any
          // advance that ends on a 10-minute mark) fall between steps whatever the call
          // pattern. Only whole minutes while sugar is plentiful (the forcing's shape within a
          // step is then too rough); the error check below shortens the step while the
          // chemistry bends.
          // (Floating-point % is a library call in V8; the floor form is a few instructions.)
          dt = QUIET_STEP * (Math.floor(minute / QUIET_STEP) + 1) - minute;
          if (feastPulses > 0 && feastNext - minute < dt) dt = Math.max(1, feastNext - minute);
          if (sugar > LONG_SUGAR) dt = 1;
          else if (phRate * dt > FIRST_GUESS_PH) {
            // Saves most retries of the error check below.
            dt = Math.max(1, Math.floor(FIRST_GUESS_PH / phRate));
          }
          dt = Math.min(dt, remaining);
        }
        // Never true for a checked state; a NaN or a clock too large to move would else spin.
        if (!(dt > 0)) throw new SimStateError('minute', `cannot advance from ${minute}`);
      }

      if (dt !== stepDt) {
        stepDt = dt;
        decay = decaysFor(dt);
        if (chewing > 0 && dt > 1) {
          // Flow is held over a step: at its middle, while chewing fades (10-minute half-life).
          const mid = salivaryFlow(dry === 1, chewing, flowBoost, Math.exp(-0.5 * CHEW_RATE * dt));
          const lnMid = Math.log(mid);
          stepBeta = bufferOf(mid);
          stepKA = chemostat ? DILUTION : acidClearanceAt(lnMid);
          stepKS = chemostat ? DILUTION : sugarClearanceAt(lnMid);
          sugarDecay = Math.exp(-stepKS * dt);
          ammoniaDecay = Math.exp(-stepKA * dt);
          decayDt = -1;
        } else {
          stepBeta = beta;
          stepKA = kA;
          stepKS = kS;
          if (dt !== decayDt) {
            decayDt = dt;
            sugarDecay = Math.exp(-kS * dt);
            ammoniaDecay = Math.exp(-kA * dt);
          }
        }
        sugarK = stepKS;
        if (kUptake > 0) {
          sugarK = stepKS + kUptake;
          sugarDecay = Math.exp(-sugarK * dt);
          decayDt = -1;
        }
        ammoniaEq = ads / stepKA;
        ammoniaEnd = ammoniaEq + (ammonia - ammoniaEq) * ammoniaDecay;
        // Sugar saturation over the step as c + d e^(-kS t): its exact mean, so the sugar's acid
        // is right in total, with the exponential's shape placing it early in the step.
        sugarMean = 0;
        bacteriaSat = 0;
        satConst = sat0;
        satExp = 0;
        satMean = sat0;
        if (sugar > 0) {
          const sugarEnd = sugar * sugarDecay;
          const satEnd = (sugarEnd + basal) / (SUGAR_HALF_SAT + sugarEnd + basal);
          sugarMean = (sugar - sugarEnd) / (sugarK * dt);
          bacteriaSat = sugarMean / (SUGAR_HALF_SAT + sugarMean);
          satMean =
            1 -
            SUGAR_HALF_SAT / satOffset -
            (SUGAR_HALF_SAT * Math.log((sugarEnd + satOffset) / (sugar + satOffset))) /
              (satOffset * sugarK * dt);
          satExp = (sat0 - satEnd) / (1 - sugarDecay);
          satConst = satMean - (satExp * (1 - sugarDecay)) / (sugarK * dt);
        }
        // The store fills from sugar and empties over hours; acid and growth see its mean.
        // At most the whole empty part in one step: a long step of a big sugar-hungry S. mutans
        // would otherwise overfill the store past 1, which the state's check then refuses.
        const fill = Math.min(
          1,
          dt * STORE_FILL * gM * (bacteriaSat / (1 + active / SUGAR_COMPETITION)),
        );
        storedEnd = (stored + fill * (1 - stored)) * (decay[7] as number);
        if (storedEnd < 1e-12) storedEnd = 0;
        storeMean = 0.5 * (stored + storedEnd);
      }

      const storeAcid = storeRate * storeMean;
      const feedback =
        ((use[1] as number) * satMean + (gM > 0 && gM < 1 ? storeAcid * rampM : 0)) / stepBeta;
      // Clearance, Veillonella's uptake (linearised about the same point) and the feedback.
      const k = stepKA + uptake + feedback;
      acidEnd = acidAfter(
        acid,
        dt,
        k,
        capacity * satConst + storeAcid * gM + feedback * linAcid,
        capacity * satExp,
        sugarK,
        sugarDecay,
        Math.exp(-k * dt),
      );
      if (!corrector) {
        // Short steps and resting chemistry need no corrector: their rates barely move.
        if (dt <= 1 || (sugar === 0 && Math.abs(acidEnd - acid) <= REST_MM)) break;
        corrector = true;
        predicted = acidEnd;
        linAcid = 0.5 * (acid + Math.max(0, acidEnd));
        linPh = phOf(linAcid, 0.5 * (ammonia + ammoniaEnd), stepBeta);
        continue;
      }
      if (fixedDt > 0 || Math.abs(acidEnd - predicted) / stepBeta <= STEP_ERROR) break;
      // The rates bend within the step: retry a shorter one from the start.
      dt = Math.max(1, Math.floor(dt / 2));
      corrector = false;
      linAcid = acid;
      linPh = pH;
    }
    stored = storedEnd;
    const acid0 = acid;
    acid = Math.max(0, acidEnd);
    ammonia = ammoniaEnd;
    arginine = arginineRest + (arginine - arginineRest) * (decay[2] as number);
    sugar *= sugarDecay;
    if (chemostat && ammonia > 0) {
      // In the chemostat the ammonia pool is the controller's alkali, paired with lactate it
      // neutralised. Veillonella eat that lactate as readily as free lactic acid, but turning a
      // neutralised salt into propionate and acetate salts frees no base: the alkali leaves
      // with its share of the lactate, so the vessel drifts back to the medium's pH 7 with the
      // dilution instead of overshooting to 8 (it did while the uptake took only the acid).
      ammonia *= Math.exp(-uptake * dt);
    }
    if (phFloor > 0 && phOf(acid, ammonia, stepBeta) < phFloor) {
      // Chemostat pH control: the controller pumps in exactly the alkali (the ammonia pool) that
      // holds the floor; the lactate stays, for Veillonella, until the vessel's dilution takes it.
      ammonia = acid - stepBeta * (7 - phFloor);
    }
    const pHend = phOf(acid, ammonia, stepBeta);
    // Growth, enamel and the clocks below see the mean pH of the step (pH is linear in acid).
    const pHn = 0.5 * (pH + pHend);

    // --- Populations (hours) and gum ---
    const h = dt / 60;
    grow(
      x,
      seeding,
      h,
      pHn,
      bacteriaSat,
      active,
      0.5 * (acid0 + acid),
      inflammation,
      probiotic,
      storeMean,
      chlorhexidine,
      retentionSeeding * retained,
    );
    // A chemostat (pH control on) has no host: its gum neither inflames nor feeds F and P, and
    // it has no teeth whose retention sites could fill.
    if (!chemostat) {
      inflammation = inflammationAfter(inflammation, x, h, gumPlaque);
      attachmentLoss = attachmentAfter(attachmentLoss, inflammation, x[5] as number, h);
      retained = retentionAfter(retained, x[2] as number, pHn, h);
    }
    // Undisturbed plaque at the gum margin matures towards a full deposit over days; bound
    // chlorhexidine keeps killing it (rinses alone prevent plaque and gingivitis).
    gumPlaque = 1 - (1 - gumPlaque) * (decay[8] as number);
    if (chlorhexidine > 0)
      gumPlaque = Math.max(0, gumPlaque * (1 - h * CHX_MARGIN * chlorhexidine));

    // --- Tooth ---
    enamel = toothAfter(enamel, fluoride, pH, pHend, pHn, dt, acidMinutes, lowPh, bucket);

    if (dryMinutes > 0) {
      dryMinutes = Math.max(0, dryMinutes - dt);
      dry = dryMinutes > 0 ? 1 : baseDry;
    }
    // Decaying traces are flushed to zero before they become subnormal doubles, which are
    // both meaningless here and two orders of magnitude slower to compute with.
    if (sugar < SUGAR_TRACE) sugar = 0;
    chewing = chewing * (decay[0] as number);
    if (chewing < FLOW_TRACE) chewing = 0;
    flowBoost = flush(flowBoost * (decay[1] as number));
    chlorhexidine = flush(chlorhexidine * (decay[3] as number));
    washout = flush(washout * (decay[4] as number));
    probiotic = flush(probiotic * (decay[5] as number));
    fluoride = flush(fluoride * (decay[6] as number));
    minute += dt;
    remaining -= dt;
    steps++;
    // A caller that only wants to look at the state (a scenario's sample) stops at the first
    // step end at or after `stopAfter` minutes: no step is cut for it, so the run takes the
    // same steps however often it is sampled.
    if (remaining > 0 && minutes - remaining >= stopAfter) remaining = 0;
    if (trace !== null) {
      // The state at the step's end as the metrics read it (pH at the flow now, not mid-step).
      const endBeta = bufferOf(salivaryFlow(dry === 1, chewing, flowBoost));
      let biomass = 0;
      for (let i = 0; i < x.length; i++) biomass += x[i] as number;
      trace.push(minute, phOf(acid, ammonia, endBeta), biomass);
    }
  }

  sc[SLOT.sugar] = sugar;
  sc[SLOT.acid] = acid;
  sc[SLOT.ammonia] = ammonia;
  sc[SLOT.arginine] = arginine;
  sc[SLOT.probiotic] = probiotic;
  sc[SLOT.enamel] = enamel;
  sc[SLOT.fluoride] = fluoride;
  sc[SLOT.chlorhexidine] = chlorhexidine;
  sc[SLOT.inflammation] = inflammation;
  sc[SLOT.gumPlaque] = gumPlaque;
  sc[SLOT.attachmentLoss] = attachmentLoss;
  sc[SLOT.retainedLactobacilli] = retained;
  sc[SLOT.chewing] = chewing;
  sc[SLOT.flowBoost] = flowBoost;
  sc[SLOT.washout] = washout;
  sc[SLOT.dryMinutes] = dryMinutes;
  sc[SLOT.rng] = rng;
  sc[SLOT.minute] = minute;
  sc[SLOT.feastPulses] = feastPulses;
  sc[SLOT.feastNext] = feastNext;
  sc[SLOT.lowPhHour] = lowPhHour;
  sc[SLOT.storedSugar] = stored;
  sc[SLOT.dry] = dry;
  return steps;
}
