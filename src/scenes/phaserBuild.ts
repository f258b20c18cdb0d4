// The Phaser the stage is built with: only the parts of the engine the scenes use, taken
// from Phaser's own sources (vite.config.ts points `import Phaser from 'phaser'` here). The
// package's prebuilt file carries the whole engine, Matter and Arcade physics, tilemaps,
// sound, video, text, the DOM element and a dozen game objects the stage never makes: about
// 0.55 MB of the hosted build for nothing. This entry follows Phaser's own core build
// (src/phaser-core.js) and adds what the stage draws with: particles, zones, rectangles,
// circles (arcs) and geometry. The types stay the package's (types/phaser.d.ts), so a
// scene that reaches for a part not listed here type-checks but fails at run time:
// tests/unit/phaserBuild.test.ts checks that every `this.add.x` the scenes call has its
// factory here, and the stage's browser tests play every place.
//
// Build-time features (Phaser's webpack flags) are set by phaserVitePlugin.ts: both
// renderers on, no sound (the game plays its sounds with howler), no WebGL debugging.
import Animations from 'phaser-src/animations/index.js';
import Cache from 'phaser-src/cache/index.js';
import CameraScene2D from 'phaser-src/cameras/2d/index.js';
import CONST from 'phaser-src/const.js';
import Game from 'phaser-src/core/Game.js';
import Core from 'phaser-src/core/index.js';
import Data from 'phaser-src/data/index.js';
import DisplayMasks from 'phaser-src/display/mask/index.js';
import DOM from 'phaser-src/dom/index.js';
import Events from 'phaser-src/events/index.js';
import Filters from 'phaser-src/filters/index.js';
import Components from 'phaser-src/gameobjects/components/index.js';
import DisplayList from 'phaser-src/gameobjects/DisplayList.js';
import GameObject from 'phaser-src/gameobjects/GameObject.js';
import GameObjectCreator from 'phaser-src/gameobjects/GameObjectCreator.js';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import LightsManager from 'phaser-src/gameobjects/lights/LightsManager.js';
import LightsPlugin from 'phaser-src/gameobjects/lights/LightsPlugin.js';
import Particles from 'phaser-src/gameobjects/particles/index.js';
import Arc from 'phaser-src/gameobjects/shape/arc/Arc.js';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle.js';
import Shape from 'phaser-src/gameobjects/shape/Shape.js';
import UpdateList from 'phaser-src/gameobjects/UpdateList.js';
import Zone from 'phaser-src/gameobjects/zone/Zone.js';
import Geom from 'phaser-src/geom/index.js';
import Input from 'phaser-src/input/index.js';
import LoaderPlugin from 'phaser-src/loader/LoaderPlugin.js';
import MathNamespace from 'phaser-src/math/index.js';
import Plugins from 'phaser-src/plugins/index.js';
import BlendModes from 'phaser-src/renderer/BlendModes.js';
import Renderer from 'phaser-src/renderer/index.js';
import ScaleModes from 'phaser-src/renderer/ScaleModes.js';
import Scale from 'phaser-src/scale/index.js';
import Scenes from 'phaser-src/scene/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import Structs from 'phaser-src/structs/index.js';
import Textures from 'phaser-src/textures/index.js';
import Time from 'phaser-src/time/index.js';
import Tweens from 'phaser-src/tweens/index.js';
import Class from 'phaser-src/utils/Class.js';
import 'phaser-src/polyfills/requestVideoFrame.js';
// The factories and creators register themselves (`this.add.x`, `this.make.x`) when they
// are loaded, and export nothing.
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsCreator.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/image/ImageCreator.js';
import 'phaser-src/gameobjects/particles/ParticleEmitterFactory.js';
import 'phaser-src/gameobjects/particles/ParticleEmitterCreator.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser-src/gameobjects/zone/ZoneFactory.js';
import 'phaser-src/gameobjects/zone/ZoneCreator.js';

const Phaser = {
  ...(CONST as object),
  Animations,
  BlendModes,
  Cache,
  Cameras: { Scene2D: CameraScene2D },
  Core,
  Class,
  Data,
  Display: { Masks: DisplayMasks },
  DOM,
  Events,
  Filters,
  Game,
  GameObjects: {
    DisplayList,
    GameObjectCreator,
    GameObjectFactory,
    UpdateList,
    Arc,
    Components,
    GameObject,
    Graphics,
    Image,
    LightsManager,
    LightsPlugin,
    Particles,
    Rectangle,
    Shape,
    Zone,
  },
  Geom,
  Input,
  Loader: { LoaderPlugin },
  Math: MathNamespace,
  Plugins,
  Renderer,
  Scale,
  ScaleModes,
  Scene,
  Scenes,
  Structs,
  Textures,
  Time,
  Tweens,
};

export default Phaser;
