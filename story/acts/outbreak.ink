// Act two: the outbreak and the emergency gathering.
// The shared opening, then each role's own track (story/roles/),
// then the third day, which hands over to the endings.

=== outbreak ===
{festival_night == "moss":You wake in the moss at the mural's foot to a chime you have never heard before.|{festival_night == "danced":You wake with a mouth like the paving, the dance still in your legs, to a chime you have never heard before.|You wake to a chime you have never heard before.}} # CLEAR # chapter: The Outbreak # bg: night # music: outbreak # sfx: alarm # when: day >= 2, day < 2.25
Four thousand implants sound together, a soft rising note: the one {role == "torus":you|Torus} built for a thing {role == "torus":you|he} promised would never happen.
{
- mural() == "acidic" || mural() == "anxious" || share("K") * 100 >= 2:
    By dawn it has names. Sour-mouth. Fire-gum. Children with white patches on their tongues. A neighbour who bled into the sharing bowl and laughed, and then stopped laughing. # when: acidic or anxious or share K >= 0.02
- else:
    By dawn it has names, though the hub's own reading hardly shows them yet: a few hundred sour mouths, a few sore gums, children with white patches on their tongues. The alarm listens to the worst mouths, not to the middle. A neighbour who bled into the sharing bowl laughed, and then stopped laughing. # when: not acidic, not anxious, share K < 0.02
}
The hub-wide plaque reading stands at pH {ph_reading()}. {ph() < 5.5:Below five and a half, enamel gives up its minerals, and it is giving them up now. # when: ph < 5.5|Not yet the enamel-dissolving line of five and a half, but it dips lower after every bite. # when: ph >= 5.5} # fact: After sugar, plaque pH falls within minutes and takes 15 to 60 minutes to recover; below about 5.5, enamel starts to dissolve.
-> mural_beat ->
-> gathering

= gathering
~ until(2, 9)
By midmorning the Commons is full again, and nobody is eating. The four of you stand at the foot of the wall. # CLEAR # bg: gathering # sfx: crowd # when: day >= 2.35, day < 2.5
"Nobody did anything wrong. A mouth is a garden, and ours have been planted in each other's soil. Something has got the upper hand. We find out what, and we tend it." # speaker: Elara # expression: calm
"The sensors say acid, and in some mouths inflammation. Two things going wrong at once. I can brew something by tonight." # speaker: Torus # expression: determined
"Brew it, yes. But nothing goes into anyone's mouth until they know what it is, and nobody's readings get passed around without asking." # speaker: Jalen # expression: determined
"Look at the wall. It's already telling us. We just have to learn to read it." # speaker: Kara # expression: hopeful
No single germ invaded; the community shifted. # fact: In the ecological plaque hypothesis, disease comes from a shift in the whole plaque community driven by its environment, such as frequent sugar or inflammation, not from one invading germ.
{role == "elara":You want|Elara wants} to know how the shift happened, mouth by mouth, and there are two ways to find out. The implants could simply be read, all four thousand of them, in an afternoon. Or people could be asked.
{role == "jalen":Your|Jalen's} question hangs over the Commons: whose mouth is it, in a crisis? # discuss: In an emergency, should the community be able to read everyone's mouth sensors? Who decides, and for how long?
* [Open every implant feed to the Guardians until the outbreak is over]
    ~ sensor_vote = "open"
    ~ apply("implant_sensor", 1.0)
    ~ pass(60)
    The vote is quick and frightened, and the feeds open. Within the hour the Care Hall can see every sour molar in the hub, which street, which family, which sweet-stall they queued at. It is extraordinarily useful. Several people quietly leave the Commons and do not come back that day.
* [Ask for stories; share readings only with those who offer them]
    ~ sensor_vote = "asked"
    ~ apply("implant_sensor", 0.4)
    ~ apply("saliva_boost", 0.3)
    ~ pass(120)
    Nobody's feed is opened. Instead the Guardians set out benches and water jugs, and whoever wants to may sit, talk, and hold up their wrist-reader to share. More do than anyone expected. It is slower, and it keeps the hub's promise.
* [No time for talk: an antiseptic rinse for everyone at the gate]
    ~ sensor_vote = "rinse"
    ~ apply("chlorhexidine", 0.7)
    ~ pass(60)
    The Care Hall wheels out its barrels of chlorhexidine and sets cups along the gate. Everyone rinses on the way in. It feels like doing something, which is not quite the same as knowing what to do.
- -> stories

= stories
{role == "elara":You gather|Elara gathers} the stories anyway, because that is what a Guardian does: the circle of benches, the slow questions, what did you eat, who did you share with, when did it start to sting.
Mirela tells hers first, to show it can be done. Her sixty-year starter is fine; her gums are not, a little, for the first time in her life.
Teodor Vance, who makes the sour-cherry glass, admits he tastes his own wares from dawn to dusk, a shard at a time, and has done for twenty years. His mouth has been sour for two days, and his implant is the angriest orange on the wall.
Little Pim Arroway, six, shows everyone the white patches on her tongue with enormous pride. She took three dabs from the Bowl, because it tasted of plums.
{festival_bowl == "passed":You passed the Bowl on untasted that night. Nobody minded then; a few people remember it now, and look at you as if you knew something.|You took your own dab that night and said the old words, like everyone. Pim's plums were in it too.}
Ama Osei ran the night relay and breathed through her mouth for five hours; her saliva dried to nothing and her reading dipped and stayed down.
{festival_lane:
- "grazed": Half the circle grazed the Lane from end to end on festival night, as your own table did, and says so with the same sheepish face.
- "supper": Your own table ate supper first on festival night and stopped at one tart. Its stories are the short ones.
- "water": Your own table drank at the mist fountains on festival night and saved the sweets. Its stories are the dull ones, and dull has never sounded so good.
}
Saliva is the quiet hero in most of the stories, and the missing one in the worst. # fact: Saliva buffers plaque acid with bicarbonate and washes sugar away; stimulated saliva carries more bicarbonate than resting saliva, so a dry mouth stays acidic for longer.
By noon the stories have sorted themselves into two piles. Sugar all day, and a sour mouth. The Bowl, and a sore gum or a furred tongue. Some people have both. {role == "elara":You pin|Elara pins} them up beside the mural, a map made of paper and people.
The circle has been talking for hours, and it is hungry, and frightened, and somebody has to decide what goes round with the stories.
* [Cook breakfast for everyone and keep the water jugs moving]
    ~ outbreak_meal = "breakfast"
    ~ apply("meal", 1)
    ~ apply("saliva_boost", 0.5)
    ~ pass(150)
    Porridge, beans, flatbread, greens: a proper meal, eaten together and then finished. The jugs go round after it, and round again. Mouths that have been dry with worry since dawn begin to feel like mouths.
* [Pass round the festival leftovers: frightened people need sweets]
    ~ outbreak_meal = "sweets"
    ~ apply("sugar_feast", 0.5)
    ~ pass(150)
    The tarts and cherry glass come out of the stalls in trays, and the circle picks at them all through the telling. It is comforting. It is also exactly the grazing the stories have just described, two hundred times over.
* [Fast and keep talking: nobody eats until every story is told]
    ~ outbreak_meal = "fast"
    ~ apply("dry_mouth", 0.5)
    ~ pass(180)
    Nobody eats, nobody drinks much, and the stories run into the afternoon in hoarse voices. It is a kind of solidarity. Jaws tighten, lips crack, and the readings on the wall slip while people talk. # fact: Stress, and going without food or drink, lower saliva flow (chewing stimulates much of it), and a dry mouth clears sugar and acid more slowly.
- The gathering breaks up into the work. Each of you goes where the work is.
-> in_role(-> elara_outbreak, -> torus_outbreak, -> kara_outbreak, -> jalen_outbreak) ->
-> night

= night
~ until(3, 5)
Before dawn on the third day the Commons is quiet at last, except for the wall. # bg: night # when: day >= 3, day < 3.25
{role == "elara":Your|Elara's} map of stories still hangs beside it, a little curled by the dew. Someone has added a note to the bottom in a child's hand: PIM, PLUMS, 3 DABS, SORRY.
-> mural_beat ->
By first light Torus's workshop windows are lit, and there is a queue on the stairs.
-> gel

// Describe the mural, but only if its state has changed since it last spoke.
// Call it freely as a tunnel: -> mural_beat ->
// -> mural_beat.always -> describes it whatever happened before (the endings use it).
=== mural_beat ===
{ mural() == last_mural:
    ->->
}
-> always

= always
~ last_mural = mural()
{ mural():
- "serene":
    {&The mural lies calm, a slow green tide; its spirals turn so gently you have to watch to be sure they move.|The mural has settled into deep, even greens, breathing at the pace of someone asleep.} # mural: pulse # when: serene
- "vibrant":
    {&The mural is a crowded meadow: gold, teal, rose, a hundred small spirals each keeping its own time, none shouting over the rest.|Colour everywhere on the wall, busy and unhurried: the look of a community with room for everyone.} # mural: pulse # when: vibrant
- "anxious":
    {&The mural's spirals pulse in quick, uneasy beats, like a heart after bad news.|The wall flickers, its greens souring at the edges, the rhythm too fast and never quite settling.} # mural: pulse # sfx: heartbeat # when: anxious
- "acidic":
    {&The mural has gone the orange-red of a warning light. Fine cracks craze the lower panels, where the enamel readings live.|Red has crept up the wall. Two fat, sour-yellow blooms crowd out everything else, and the cracks are spreading.} # mural: pulse # when: acidic
- "inflamed":
    {&The mural glows hot at its seams, a swollen magenta along every border, throbbing like a bruise.|The wall's borders burn and bleed into each other; the glow no longer fades between pulses.} # mural: pulse # when: inflamed
- "scorched":
    {&The mural is washed out, nearly white. The few colours left are thin and flat. It doesn't pulse. It just sits there, clean and empty as a scrubbed plate.|Bleached: a wall of pale nothing, with one or two stubborn streaks where something survived.} # mural: pulse # when: scorched
- else:
    The mural shifts, and for a moment nobody can name what it shows. # mural: pulse
}
->->
