// Every number of the model with its source, in one table: the docs' parameter tables, the
// calibration (tools/calibrate/apply.ts writes into this file), the sensitivity screening and
// the step loop all read it. Over 400 lines on purpose: most of it is the sources' text, and
// one table read top to bottom is what a reviewer checks against the literature.
import type { GroupName } from './groups';

/** Every number in the model carries where it comes from: a citation or 'illustrative'. */
export interface Param {
  readonly value: number;
  readonly source: string;
}

export interface GroupParameters {
  /** Maximum specific growth rate, per hour. */
  readonly muMax: Param;
  /** Cardinal pH values for the Rosso growth factor. */
  readonly phMin: Param;
  readonly phOpt: Param;
  readonly phMax: Param;
  /** Relative acid made per unit biomass from sugar (0 = not acidogenic). */
  readonly acidYield: Param;
  /** pH at which glycolysis stops; acid production ramps from here up to full at pH 6. */
  readonly glycolysisFloor: Param;
  /** Resource on offer without sugar (salivary glycoproteins, lactate, host proteins). */
  readonly sigma: Param;
  /** Extra resource from the group's favourite substrate (sugar, lactate or inflammation). */
  readonly rho: Param;
  /** Background loss: death, shedding and swallowing, per hour. */
  readonly death: Param;
  /** Self-crowding per hour per unit of own abundance: each group's own niche fills up. */
  readonly crowding: Param;
  /** Extra death per hour per pH unit below the group's growth minimum. */
  readonly acidKill: Param;
  /** Log-kill of one full chlorhexidine rinse (fraction surviving = exp(-value * dose)). */
  readonly chxKill: Param;
  /** Seeding from saliva, fraction of carrying capacity per hour. */
  readonly immigration: Param;
}

const ill = (value: number, why?: string): Param => ({
  value,
  source: why === undefined ? 'illustrative' : `illustrative; ${why}`,
});
const cite = (value: number, source: string): Param => ({ value, source });

const BRIEF = 'design brief section B table';
const BRADSHAW = 'Bradshaw & Marsh 1998 Caries Res 32:456 (pH tolerance ranking)';
/** Values set by the calibration search (tools/calibrate/search.ts), not measured. */
const CAL = "calibrated with tools/calibrate against npm run validate and the brief's behaviours";

export const PARAMETERS = {
  groups: {
    C: {
      muMax: cite(0.5, BRIEF),
      phMin: ill(
        5,
        "the commensals' growth minimum taken together: S. sanguinis and S. gordonii stop near " +
          `5.2 (brief; ${BRADSHAW}), but aciduric S. oralis subpopulations grow at pH 5.2 (Alam ` +
          'et al. 2000 Appl Environ Microbiol 66:3330), so the guild as a whole stops a little ' +
          `lower; ${CAL}`,
      ),
      phOpt: cite(7.0, BRIEF),
      phMax: cite(8.5, BRIEF),
      acidYield: cite(0.4, BRIEF),
      glycolysisFloor: ill(
        5.17,
        `non-mutans streptococci stop glycolysis near pH 4.5-5; ${CAL}, to a little above that`,
      ),
      sigma: ill(1, `commensals use salivary glycoproteins best (Marsh 2003); ${CAL}`),
      rho: ill(2.65, CAL),
      death: ill(0.0509, CAL),
      crowding: ill(0.29, CAL),
      acidKill: ill(
        0.413,
        `S. gordonii collapses in uncontrolled acid (Bradshaw & Marsh 1998); ${CAL}`,
      ),
      chxKill: ill(
        1.4,
        'streptococci survive chlorhexidine better than Gram-negatives (Bescos 2020) and ' +
          'commensal streptococci better than mutans streptococci (Schiott et al. 1970)',
      ),
      immigration: ill(2e-3, 'streptococci dominate saliva'),
    },
    M: {
      muMax: cite(0.45, BRIEF),
      phMin: cite(4.4, BRIEF),
      phOpt: cite(6.5, BRIEF),
      phMax: cite(8.5, BRIEF),
      acidYield: cite(1.0, BRIEF),
      glycolysisFloor: ill(4.0, 'S. mutans glycolysis continues below its growth minimum'),
      sigma: ill(0.361, `brief: sigma_C > sigma_M; ${CAL}`),
      rho: ill(9, `brief 4; ${CAL}`),
      death: ill(
        0.0157,
        `lower than the commensals': what holds S. mutans down is its niche (ecology.mutansNicheLoss); ${CAL}`,
      ),
      crowding: ill(0.0241, CAL),
      acidKill: ill(
        0.214,
        'S. mutans survives below its growth minimum better than commensals: with pH control ' +
          'off it keeps 10-40% of the chemostat (Bradshaw & Marsh 1998: 18.9%) beside the ' +
          'lactobacilli; ' +
          CAL,
      ),
      chxKill: ill(
        2.4,
        'mutans streptococci are the most chlorhexidine-sensitive streptococci (Schiott 1970; ' +
          'Emilson 1994 J Dent Res 73:682)',
      ),
      immigration: ill(1e-4, 'brief: eps ~1e-4 per hour'),
    },
    L: {
      muMax: cite(0.25, BRIEF),
      phMin: cite(3.8, BRIEF),
      phOpt: cite(6.0, BRIEF),
      phMax: cite(8.0, BRIEF),
      acidYield: cite(1.2, BRIEF),
      glycolysisFloor: ill(3.5, 'lactobacilli make acid down to pH ~3.5'),
      sigma: ill(0.258, CAL),
      rho: ill(16.6, `brief 20; ${CAL}`),
      death: ill(0.025),
      crowding: ill(0.0297, CAL),
      acidKill: ill(0.244, CAL),
      chxKill: ill(0.4, 'lactobacilli are relatively chlorhexidine-tolerant'),
      immigration: ill(3e-5),
    },
    V: {
      muMax: cite(0.4, BRIEF),
      phMin: cite(5.0, BRIEF),
      phOpt: cite(7.0, BRIEF),
      phMax: cite(8.5, BRIEF),
      acidYield: cite(0, 'Veillonella uses lactate rather than sugar'),
      glycolysisFloor: ill(0),
      sigma: ill(0.35, 'other organic acids and peptides'),
      rho: ill(1.5, 'lactate from streptococci'),
      death: ill(0.05),
      crowding: ill(0.6),
      acidKill: ill(0.3),
      chxKill: ill(2.6, 'Gram-negative'),
      immigration: ill(3e-4),
    },
    F: {
      muMax: cite(0.3, BRIEF),
      phMin: cite(5.5, BRIEF),
      phOpt: cite(7.5, BRIEF),
      phMax: cite(8.5, BRIEF),
      acidYield: cite(0, BRIEF),
      glycolysisFloor: ill(0),
      sigma: ill(0.7, 'peptides in saliva; brief g0'),
      rho: ill(
        1,
        'host proteins that seep in with inflammation (a weaker feed than 1.5: with 1.5 the gum ' +
          'inflamed by weeks without brushing also shielded plaque from tipping, widening the ' +
          'hysteresis window of Head et al. 2017 beyond 3 pulses a day)',
      ),
      death: ill(0.05),
      crowding: ill(0.3),
      acidKill: ill(0.3, 'F. nucleatum falls as pH control is lost (Bradshaw & Marsh 1998)'),
      chxKill: ill(3.2, 'brief: chlorhexidine hits F and P harder'),
      immigration: ill(1e-4),
    },
    P: {
      muMax: cite(0.15, BRIEF),
      phMin: cite(6.3, BRIEF),
      phOpt: cite(7.8, BRIEF),
      phMax: cite(8.5, BRIEF),
      acidYield: cite(0, BRIEF),
      glycolysisFloor: ill(0),
      sigma: ill(0.3, 'brief g0'),
      rho: ill(3, 'host proteins with inflammation'),
      death: ill(0.05),
      crowding: ill(2.0),
      acidKill: ill(0.3),
      chxKill: ill(3.2, 'brief: chlorhexidine hits F and P harder'),
      immigration: ill(1e-5),
    },
    K: {
      muMax: cite(0.2, BRIEF),
      phMin: cite(3.5, BRIEF),
      phOpt: cite(5.5, BRIEF),
      phMax: cite(8.0, BRIEF),
      acidYield: cite(0.6, BRIEF),
      glycolysisFloor: ill(3.5),
      sigma: ill(0.3),
      rho: ill(3),
      death: ill(0.02),
      crowding: ill(0.3),
      acidKill: ill(0.05),
      chxKill: ill(0.2, 'Candida is less chlorhexidine-sensitive than bacteria and gains share'),
      immigration: ill(2e-5),
    },
  } satisfies Record<GroupName, GroupParameters>,

  chemistry: {
    sugarHalfLife: cite(2, 'Head et al. 2021 J Dent Res: ~2 min sugar clearance half-life'),
    sugarHalfLifeDry: cite(6, 'Head et al. 2021 J Dent Res: ~6 min in dry mouth'),
    rinseSugar: ill(15, 'a 10% sucrose rinse, in units of K_S (sugar_snack dose 1)'),
    mealSugar: ill(6, 'a mixed meal releases less free sugar than a rinse'),
    sugarHalfSaturation: ill(1, 'sugar is measured in units of K_S'),
    basalSugar: ill(
      0.03,
      'stored polysaccharide and salivary glycoproteins keep a trickle of acid',
    ),
    acidScale: ill(44.7, `brief started from Y = 20 mM/min; tuned to the Stephan curve; ${CAL}`),
    bufferNormal: cite(15, 'brief beta = 15 mM per pH unit'),
    acidClearance: cite(0.06, 'brief k_sal = 0.06 per min'),
    acidClearanceFlowExponent: ill(
      0.3,
      'acid leaves plaque mostly by diffusion, weakly flow-dependent',
    ),
    bufferFlowWeight: ill(0.25, 'share of plaque buffering that tracks salivary bicarbonate'),
    lactateHalfSaturation: ill(5, 'mM'),
    veillonellaUptake: ill(0.614, `mM/min per unit Veillonella (lactate to weaker acids); ${CAL}`),
    fluorideGlycolysisBlock: ill(0.35, 'fluoride inhibits enolase, more at low pH'),
    arginineRest: ill(0.05, 'mM free arginine in saliva'),
    arginineHalfSaturation: ill(0.5, 'mM'),
    arginineHalfLife: ill(180, 'min; arginine is retained in plaque for hours'),
    ammoniaRate: ill(
      0.601,
      'mM/min from saturating arginolytic biomass and arginine (Liu, Nascimento & Burne 2012); ' +
        CAL,
    ),
    nitrateAlkali: ill(
      0.258,
      'mM/min of alkali from salivary nitrate at saturating nitrate-reducing biomass: Veillonella ' +
        'and other nitrate reducers turn nitrate to nitrite and ammonia, consuming protons, and ' +
        'nitrate raises plaque pH after sugar (Rosier et al. 2020 Front Microbiol 11:555465); ' +
        'chlorhexidine removes them and salivary pH falls (Bescos et al. 2020 Sci Rep 10:5254); ' +
        CAL,
    ),
    nitrateHalfSaturation: ill(
      0.0373,
      `Veillonella abundance at which nitrate alkali is half its maximum; ${CAL}`,
    ),
    probioticAmmonia: ill(2, 'S. salivarius M18 urease counts double per unit'),
    lactobacillusAmmonia: ill(
      2,
      'lactobacilli carry arginine deiminase as commensal streptococci do (Nascimento et al. ' +
        '2013 J Dent Res 92:604 found alkali production in caries-active plaque too); ' +
        CAL,
    ),
    arginolyticHalfSaturation: ill(
      0.0577,
      'arginolytic biomass at which ammonia output is half its maximum: arginine uptake, not ' +
        'cell count, limits it in mature plaque; ' +
        CAL,
    ),
    dryFlow: cite(0.3, 'unstimulated flow 0.5 ml/min vs dry < 0.15 ml/min'),
    stimulatedFlowGain: ill(1.5, 'chewing roughly doubles to triples flow'),
    boostFlowGain: ill(0.8, 'hydration and stimulated flow'),
    chewingHalfLife: ill(10, 'min'),
    chemostatDilution: cite(
      0.1,
      'per hour: the dilution rate of the pH-held chemostat of Bradshaw & Marsh 1998 (D = 0.1/h); ' +
        'with pH control on (the validation emulation) it replaces saliva for sugar, acid and ammonia',
    ),
    acidPerSugar: ill(
      76.6,
      'mM of acid made per unit of sugar (K_S) taken up: couples Monod uptake by the bacteria to ' +
        'their acid; two lactate per glucose, with sugar in units of its half-saturation; ' +
        CAL,
    ),
    flowBoostHalfLife: ill(720, 'min'),
  },

  ecology: {
    peroxideInhibition: ill(
      0.105,
      `per hour per unit C; H2O2 of S. sanguinis/gordonii (Kreth 2008); ${CAL}`,
    ),
    peroxideSugarRelief: cite(5, 'brief gamma = 5; glucose represses H2O2 (Kreth 2008)'),
    mutacin: ill(0.0977, `per hour per unit M (Kreth 2008); ${CAL}`),
    sugarCompetition: ill(
      0.05,
      'active sugar-using biomass at which each user gets half the sugar',
    ),
    storeFill: ill(3, 'per min: S. mutans fills its intracellular polysaccharide store from sugar'),
    storeHalfLife: ill(90, 'min: the store carries growth and acid on after the sugar is gone'),
    storeGrowth: ill(0.44, `extra S. mutans resource when the store is full; ${CAL}`),
    storeAcid: ill(0.05, 'acid from a full store relative to full sugar'),
    mutansNicheLoss: ill(
      0.0431,
      'per hour: extra loss of S. mutans once the places it binds (its own niche on the pellicle, ' +
        'glucan it has made) are taken; keeps it at a fraction of a percent at neutral pH (Bradshaw ' +
        `& Marsh 1998: 1%) instead of washing out or taking over; ${CAL}`,
    ),
    mutansNicheHalf: ill(0.0168, `S. mutans abundance at which half its own niche is full; ${CAL}`),
    mutansNicheCommensal: ill(
      0.493,
      'share of that loss that comes from commensals holding the surface, so it eases as acid ' +
        `clears them (the step that keeps tipped plaque tipped); ${CAL}`,
    ),
    candidaBoost: ill(12, 'per hour per unit K times sugar saturation (Falsetta 2014)'),
    bacteriocin: ill(
      0.002,
      'per hour per unit probiotic, S. salivarius K12/M18 salivaricins: modest, as in trials ' +
        '(Burton et al. 2013 J Med Microbiol 62:875). Plaque near its tipping point is ' +
        'bistable, so any steady loss of S. mutans beyond about 0.003 per hour decides whether ' +
        'it tips (at 0.03 a daily dose of 0.3 did; at 0.005 a daily full dose did): at 0.002 ' +
        'even full colonisation stays below that',
    ),
    fusoHalfSaturation: ill(0.03, 'P. gingivalis needs F. nucleatum to attach'),
    keystoneProtection: ill(0.6, 'P lowers death of F and P (Hajishengallis 2011)'),
    keystoneHalfSaturation: ill(0.005),
    chxHalfLife: ill(
      720,
      'min; bound chlorhexidine keeps saliva antibacterial for about 12 h (Schiott et al. 1970)',
    ),
    chxRate: ill(
      0.45,
      'ongoing kill per hour per unit bound chlorhexidine, times chxKill: holds regrowth ' +
        'down for a day after one rinse (Schiott et al. 1970)',
    ),
    washoutHalfLife: ill(2880, 'min'),
    probioticHalfLife: ill(
      10080,
      'min (a week): K12 stays detectable for up to about three weeks after dosing stops ' +
        '(Horz et al. 2007 Oral Microbiol Immunol 22:126)',
    ),
    immigrationJitter: ill(0.5, 'hourly +/- fraction of immigration, from the seeded PRNG'),
    retentionPh: ill(
      6.17,
      'open-plaque pH below which lactobacilli gain in the retention sites (fissures, approximal ' +
        'spaces, open cavities; fully at a unit lower): saliva reaches those sites poorly, so ' +
        'their plaque stays more acidic than open surfaces after sugar (Kleinberg & Jenkins 1964 ' +
        `Arch Oral Biol 9:493); ${CAL}`,
    ),
    retentionGrowth: ill(
      0.0565,
      'per hour: lactobacilli filling the retention sites while the plaque is acidic, about a ' +
        `quarter of their maximum growth rate (they share the sites with streptococci); ${CAL}`,
    ),
    retentionHalfLife: ill(
      497,
      'hours (3 weeks), calibrated: lactobacilli leave the retention sites slowly once the ' +
        'acid stops, so they outlast a sugar habit by weeks, consistent with salivary ' +
        'lactobacillus counts reflecting retention areas such as open carious lesions rather ' +
        `than the last meal (Crossner 1981 Community Dent Oral Epidemiol 9:182); ${CAL}`,
    ),
    retentionSettling: ill(
      0.0143,
      'per hour per unit plaque lactobacilli: lactobacilli of the open plaque settling in the ' +
        `retention sites, so a healthy mouth keeps a few there; ${CAL}`,
    ),
    retentionSeeding: ill(
      0.000113,
      'per hour, share of carrying capacity: lactobacilli that full retention sites shed into ' +
        'the open plaque, about four times their seeding from saliva: lactobacilli live mainly ' +
        "in the teeth's retention niches and stay a small part of open plaque (Badet & Thebaud " +
        `2008 Open Microbiol J 2:38); ${CAL}`,
    ),
  },

  gum: {
    fusoWeight: cite(1, 'brief theta_F'),
    keystoneWeight: cite(50, 'brief theta_P ~ 50 theta_F'),
    marginMaturation: ill(
      0.004,
      'per hour: undisturbed plaque at the gum margin thickens and matures over days; Loe et al. ' +
        '1965 (J Periodontol 36:177) saw plaque build up and the flora shift from cocci to ' +
        'filaments, fusobacteria and spirochaetes over 1-3 weeks without brushing',
    ),
    brushingMarginRemoval: ill(
      0.5,
      'share of the marginal plaque one thorough brushing removes (brushing reaches the gum ' +
        'margin less well than open tooth surfaces)',
    ),
    gelMarginSeeding: ill(
      0.4,
      'share of the room left at the gum margin a full dose of the festival gel fills: a thick ' +
        'culture smeared along the gums (the gel is fiction)',
    ),
    chxMarginKill: ill(
      1,
      'log-kill of marginal plaque by one full chlorhexidine rinse; chlorhexidine rinses ' +
        'without brushing prevent plaque and gingivitis (Loe & Schiott 1970 J Periodontal Res 5:79)',
    ),
    stimulusHalf: ill(
      0.1,
      'host stimulus (marginal plaque times its F + 50 P load) at which the response is ' +
        'half-maximal: mature undisturbed plaque of healthy composition reaches it',
    ),
    stimulusHill: ill(
      2,
      'a graded host response: twice the stimulus, four times the drive at low stimulus, ' +
        'not an all-or-nothing switch',
    ),
    inflameRate: ill(0.03, 'per hour'),
    resolveRate: ill(
      0.02,
      'per hour (half-life ~35 h): gingivitis resolves within about a week once plaque is ' +
        'removed (Loe et al. 1965)',
    ),
    attachmentRate: cite(
      1,
      'mm of attachment lost per year at the fastest: rapid progressors lost 0.1-1.0 mm a year ' +
        '(Loe et al. 1986 J Clin Periodontol 13:431, Sri Lankan tea labourers without dental care)',
    ),
    attachmentInflammation: ill(
      0.5,
      'inflammation above which the gum starts to lose attachment: gingivitis alone, even for ' +
        'weeks, loses none (Loe et al. 1965), so loss needs a gum inflamed well past onset',
    ),
    attachmentKeystoneHalf: ill(
      0.005,
      'P. gingivalis abundance at which attachment loss runs at half its rate: the destruction of ' +
        'periodontitis follows the keystone-driven dysbiosis (Hajishengallis et al. 2011)',
    ),
  },

  tooth: {
    criticalPh: cite(5.5, 'Dawes 2003 J Can Dent Assoc: ~5.5 for hydroxyapatite'),
    fluorideCriticalShift: cite(1, 'brief: pHc = 5.5 - Fl, reaching ~4.5 for fluorapatite'),
    demineralisation: ill(2e-4, 'per min per pH unit below critical'),
    remineralisation: ill(1.5e-5, 'per min per pH unit above critical'),
    fluorideHalfLife: ill(720, 'min; plaque fluoride reservoir'),
    cavitation: ill(
      0.5,
      'enamel mineral below which the lesion has cavitated: a non-cavitated white-spot lesion ' +
        'can remineralise, a cavity cannot (Featherstone 2004 J Dent Res 83 Spec Iss C:C39)',
    ),
    safePh: cite(
      5.7,
      'Imfeld 1983 Monogr Oral Sci 11: plaque-telemetry threshold for "safe for teeth" foods',
    ),
  },

  // The ending rule (ending.ts). Brief section B gives the first four; the rest decide when a
  // community that avoided every disaster is still only a fragile balance.
  endings: {
    scorchedRinses: ill(
      2.5,
      'full-strength chlorhexidine rinses (summed doses) within 72 h, i.e. about three: ' +
        'a week of twice-daily rinses shifts the oral microbiome (Bescos 2020 Sci Rep 10:5254) ' +
        'and lowers the bacterial diversity on the tongue (Tribble 2019 Front Cell Infect Microbiol ' +
        '9:39), while plaque regrows within a day or two of a single rinse',
    ),
    scorchedRinsesIfBarren: ill(
      1.5,
      'rinses within 72 h that already count as repeated use if diversity is still barren',
    ),
    scorchedEvenness: cite(0.3, 'brief section B: evenness below 0.3 after antimicrobials'),
    acidShare: cite(0.3, 'brief section B: M + L above 30% of biomass'),
    inflammation: cite(0.5, 'brief section B: gum inflammation above 0.5'),
    flourishingHealth: cite(0.75, 'brief section B: health above 0.75'),
    fragileAcidMinutes: ill(
      60,
      'minutes below pH 5.7 in the last 24 h: one sugary snack gives about 15, a day of ' +
        'grazing hundreds (5.7 is the plaque-telemetry threshold of Imfeld 1983)',
    ),
    fragileAcidShare: ill(0.1, 'M + L share: five times the healthy level, still a minority'),
    fragileInflammation: ill(0.25, 'half-way to the inflamed ending; healthy gums sit below 0.05'),
    fragileEnamel: ill(0.9, 'enamel mineral lost beyond 10% has not yet been repaired'),
    trendHorizon: ill(
      12,
      'hours ahead the ending rule looks: the acid-lover share and the gum inflammation are ' +
        "judged where the last day's change would take them in half a day, so a community " +
        'heading into trouble is not called healthy at the moment it ends, nor one recovering ' +
        'called lost',
    ),
  },
} as const;
