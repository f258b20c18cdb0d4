// The shape of the whole game (gameState.ts), written once as zod schemas: the TypeScript
// types are inferred from them, and a save is checked against exactly the type the game plays
// with, down to every number of the microbiome (finite, in range), so a damaged save is
// refused whole instead of half-loading and hanging the simulation later.
//
// Kept apart from gameState.ts so that what only renders a game (the title, the views) does
// not load zod: only reading a save (saveGame.ts, the room server) needs these (issue #14).
import { z } from 'zod';
import type { StoryChoice, StoryLine } from '../narrative/narrative';
import { CUE_KINDS, type Cue } from '../narrative/tags';
import {
  checkMicrobiome,
  type EndingName,
  type GroupName,
  type Limits,
  MICROBIOME_LIMITS,
  type Microbiome,
  MURAL_STATE_NAMES,
  type MuralDescriptor,
  SimStateError,
} from '../sim';
import type { Chooser, Ensemble } from './ensemble';
import {
  MAX_STROKE_POINTS,
  MAX_STROKES,
  type MuralStroke,
  STROKE_COLOUR_IDS,
} from './muralStrokes';
import { ROLE_IDS } from './roles';

/** Long enough for any line or choice the story writes; a save with more is damaged. */
const MAX_TEXT = 4_000;
/** Points of one choice's pH trace: a simulated week, every minute, would be 10,080. */
const MAX_TRACE = 20_000;
/** A whole playthrough's backlog is a few thousand entries; this leaves room for edits. */
const MAX_ENTRIES = 50_000;

const GROUP_NAMES = ['C', 'M', 'L', 'V', 'F', 'P', 'K'] as const;

/**
 * Builds the schemas. Only a save being read needs them, so they are built then, once:
 * building them all at load took a fifth of the title's own script time.
 */
function buildSchemas() {
  const text = z.string().max(MAX_TEXT);
  /** A finite number in [min, max]: zod 4 numbers already refuse NaN and the infinities. */
  const amount = (min: number, max: number) => z.number().min(min).max(max);
  const share = amount(0, 1);
  const groupName = z.enum(GROUP_NAMES);
  /** Every group, none missing and no other key (zod 4 records over an enum are exhaustive). */
  const perGroup = <T extends z.ZodType>(value: T) => z.record(groupName, value);

  const cueSchema = z.union([
    z.object({ kind: z.enum(CUE_KINDS), value: text }),
    z.object({ kind: z.literal('unknown'), tag: text }),
  ]);
  const lineSchema = z.object({ text, cues: z.array(cueSchema).max(64) });
  const choiceSchema = z.object({
    index: z.int().min(0).max(999),
    text,
    cues: z.array(cueSchema).max(64),
  });

  const roleSchema = z.enum(ROLE_IDS);
  const chooserSchema = z.union([roleSchema, z.literal('group')]);
  const storyRoleSchema = z.union([roleSchema, z.literal('ensemble')]);
  const playerName = z.string().trim().min(1).max(24);
  const ensembleSchema = z
    .object({
      cast: z.object({ elara: playerName, torus: playerName, kara: playerName, jalen: playerName }),
      length: z.enum(['short', 'full']),
      discussion: z.boolean(),
    })
    .refine((ensemble) => new Set(Object.values(ensemble.cast)).size <= 4, {
      message: 'more than four players',
    });

  /** A simulated year is far past any story; a larger clock in the log is a damaged save. */
  const MAX_MINUTE = 60 * 24 * 366;

  // The microbiome's limits are the simulation's own (MICROBIOME_LIMITS), so a save is never
  // refused for a state the simulation accepts, nor accepted with one it would refuse; the
  // refinement runs the simulation's check for what a shape cannot say (the groups' sum).
  const L = MICROBIOME_LIMITS;
  const limited = (limits: Limits) => {
    const number = z.number().min(limits.min).max(limits.max);
    return limits.whole ? number.int() : number;
  };
  const scalarSchemas = Object.fromEntries(
    Object.entries(L.scalars).map(([field, limits]) => [field, limited(limits)]),
  ) as { [Field in keyof typeof L.scalars]: z.ZodNumber };
  const salivaSchema = z.enum(L.saliva);
  const hourBuckets = z.array(limited(L.bucket)).length(24);
  const trendHours = z.array(limited(L.hourly)).refine((a) => a.length === 0 || a.length === 24, {
    message: 'must hold 24 hours (or none, in an older save)',
  });

  const coreShape = {
    ...scalarSchemas,
    gumPlaque: scalarSchemas.gumPlaque.default(L.olderSaves.gumPlaque),
    attachmentLoss: scalarSchemas.attachmentLoss.default(L.olderSaves.attachmentLoss),
    retainedLactobacilli: scalarSchemas.retainedLactobacilli.default(
      L.olderSaves.retainedLactobacilli,
    ),
    groups: perGroup(limited(L.group)),
    saliva: salivaSchema,
    baseSaliva: salivaSchema,
    lowPh: hourBuckets,
    acidMinutes: hourBuckets,
    // Empty in a save older than the trend (the simulation then starts one); else 24 hours.
    hourlyAcidLovers: trendHours.default(L.olderSaves.hourly),
    hourlyInflammation: trendHours.default(L.olderSaves.hourly),
    rinses: z
      .array(z.object({ minute: limited(L.rinse.minute), dose: limited(L.rinse.dose) }))
      .max(1_000),
    jitter: z.array(limited(L.jitter)).length(GROUP_NAMES.length),
  };
  const microbiomeSchema = z
    .object({
      ...coreShape,
      // Where advance resumes from (sim/lastMark.ts); null in a save older than it.
      lastMark: z
        .object({ from: z.object(coreShape), check: limited(L.check) })
        .nullable()
        .default(L.olderSaves.lastMark),
    })
    .superRefine((microbiome, context) => {
      try {
        checkMicrobiome(microbiome);
      } catch (error) {
        if (!(error instanceof SimStateError)) throw error;
        context.addIssue({ code: 'custom', message: error.message });
      }
    });

  const interventionSchema = z.object({
    name: z.string().max(64),
    dose: amount(0, 100),
    minute: amount(0, MAX_MINUTE),
  });

  const muralStateSchema = z.enum(MURAL_STATE_NAMES);
  const endingNameSchema = z.enum([
    'flourishing',
    'fragile',
    'acid_takeover',
    'inflamed',
    'scorched',
  ]);

  const choiceRecordSchema = z.object({
    turn: z.int().min(1).max(MAX_ENTRIES),
    role: chooserSchema,
    chapter: text.nullable(),
    text,
    interventions: z.array(interventionSchema).max(64),
    minute: amount(0, MAX_MINUTE),
    ph: amount(0, 14),
    health: share,
    shares: perGroup(share),
    mural: muralStateSchema,
    // What the simulation did while the choice played out (session/choiceTrace.ts). Saves
    // from before these were kept have neither; the debrief then draws one point a choice.
    trace: z
      .array(z.tuple([amount(0, MAX_MINUTE), amount(0, 14), amount(0, 10)]))
      .max(MAX_TRACE)
      .optional(),
    effect: z
      .object({
        horizon: amount(0, MAX_MINUTE),
        health: amount(-1, 1),
        acidMakers: amount(-1, 1),
        lowestPh: amount(0, 14),
        lowestPhWithout: amount(0, 14),
      })
      .optional(),
  });

  const transcriptEntrySchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('line'), line: lineSchema }),
    z.object({ kind: z.literal('choice'), text, role: chooserSchema }),
  ]);

  const muralDescriptorSchema = z.object({
    state: muralStateSchema,
    hue: amount(0, 360),
    pulse: share,
    cracks: share,
    glow: share,
    wash: share,
    bloom: share,
    groups: z
      .array(z.object({ group: groupName, share, colour: z.string().regex(/^#[0-9a-f]{6}$/i) }))
      .max(GROUP_NAMES.length),
  });

  const chapterMuralSchema = z.object({ chapter: text.nullable(), mural: muralDescriptorSchema });

  const sceneSchema = z.object({ backdrop: text.nullable(), music: text.nullable() });

  /** The players' strokes on the wall (muralStrokes.ts): bounded, so a save stays small. */
  const strokeSchema = z.object({
    colour: z.enum(STROKE_COLOUR_IDS),
    points: z
      .array(z.tuple([share, share]))
      .min(1)
      .max(MAX_STROKE_POINTS),
    afterChoice: z.int().min(0).max(MAX_ENTRIES).optional(),
  });

  const discussionSchema = z
    .object({ questions: z.array(text).min(1).max(32), current: z.int().min(0) })
    .refine((d) => d.current < d.questions.length, { message: 'no such question' });

  const endingStateSchema = z.object({ name: endingNameSchema, reason: text });

  /** What every format of the game shares; format 2 adds what the views show. */
  const gameCore = {
    storyVersion: z.string().min(1).max(200),
    mode: z.enum(['solo', 'ensemble']),
    role: storyRoleSchema,
    ensemble: ensembleSchema.optional(),
    chapter: text.nullable(),
    /** inkjs state JSON: large, but a save of many megabytes is not one of ours. */
    story: z.string().min(2).max(5_000_000),
    microbiome: microbiomeSchema,
    log: z.array(choiceRecordSchema).max(MAX_ENTRIES),
    transcript: z.array(transcriptEntrySchema).max(MAX_ENTRIES),
    ended: z.boolean(),
  };

  /** Role and mode must agree, and a workshop must say who plays. */
  function castAgrees(game: { mode: string; role: string; ensemble?: unknown }): boolean {
    return game.role === 'ensemble'
      ? game.mode === 'ensemble' && game.ensemble !== undefined
      : game.mode === 'solo';
  }
  const castMessage = { message: 'the players and the roles do not agree' };

  const gameStateSchema = z
    .object({
      format: z.literal(2),
      ...gameCore,
      tapestry: z.array(chapterMuralSchema).max(64),
      scene: sceneSchema,
      choices: z.array(choiceSchema).max(64),
      turn: chooserSchema.nullable(),
      discussion: discussionSchema.nullable(),
      paused: z.boolean(),
      ending: endingStateSchema.nullable(),
      /** Saves from before the wall took strokes have none. */
      strokes: z.array(strokeSchema).max(MAX_STROKES).default([]),
    })
    .refine(castAgrees, castMessage);

  /** The game as saves of the first format wrote it, before the views' state was kept. */
  const firstFormatGameSchema = z
    .object({
      format: z.literal(1),
      ...gameCore,
      tapestry: z.array(chapterMuralSchema).max(64).optional(),
    })
    .refine(castAgrees, castMessage);
  return {
    gameState: gameStateSchema,
    firstFormatGame: firstFormatGameSchema,
    microbiome: microbiomeSchema,
    line: lineSchema,
    choice: choiceSchema,
    cue: cueSchema,
    ensemble: ensembleSchema,
    chooser: chooserSchema,
    choiceRecord: choiceRecordSchema,
    intervention: interventionSchema,
    transcriptEntry: transcriptEntrySchema,
    chapterMural: chapterMuralSchema,
    scene: sceneSchema,
    discussion: discussionSchema,
    endingState: endingStateSchema,
    stroke: strokeSchema,
  };
}

export type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | null = null;

/** The game's schemas, built on first use. */
export function saveSchemas(): Schemas {
  built ??= buildSchemas();
  return built;
}

// The schema is the one description; these fail to compile if it ever drifts from the
// types the simulation, the story bridge and the ensemble define for themselves.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agrees = <T extends true>(_: T) => undefined;
agrees<Same<(typeof GROUP_NAMES)[number], GroupName>>(true);
agrees<Same<z.infer<Schemas['gameState']>['microbiome'], Microbiome>>(true);
agrees<Same<z.infer<Schemas['chapterMural']>['mural'], MuralDescriptor>>(true);
agrees<Same<z.infer<Schemas['line']>, StoryLine>>(true);
agrees<Same<z.infer<Schemas['choice']>, StoryChoice>>(true);
agrees<Same<z.infer<Schemas['cue']>, Cue>>(true);
agrees<Same<z.infer<Schemas['ensemble']>, Ensemble>>(true);
agrees<Same<z.infer<Schemas['chooser']>, Chooser>>(true);
agrees<Same<z.infer<Schemas['endingState']>['name'], EndingName>>(true);
agrees<Same<z.infer<Schemas['stroke']>, MuralStroke>>(true);
