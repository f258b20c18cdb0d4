// The five places of the story and the backdrop (`# bg:`) each is drawn for. The other
// backdrops (the title, the clinic, the night) are the bio-hub's sky and wall alone.
import { AFTERMATH_SCENE, AftermathScene } from './aftermathScene';
import { COMMONS_SCENE, CommonsScene } from './commonsScene';
import { RITUAL_SCENE, RitualScene } from './ritualScene';
import { STORY_CIRCLE_SCENE, StoryCircleScene } from './storyCircleScene';
import { WORKSHOP_SCENE, WorkshopScene } from './workshopScene';

export const PLACE_SCENES = [
  CommonsScene,
  StoryCircleScene,
  WorkshopScene,
  RitualScene,
  AftermathScene,
];

/** Which place scene a backdrop shows, if any. */
export const PLACE_FOR_BACKDROP: Readonly<Record<string, string>> = {
  festival: COMMONS_SCENE,
  gathering: STORY_CIRCLE_SCENE,
  workshop: WORKSHOP_SCENE,
  ritual: RITUAL_SCENE,
  aftermath: AFTERMATH_SCENE,
};
