// Act two: the outbreak and the emergency gathering.
// The shared opening, then each role's own track (story/roles/),
// then the third day, which hands over to the endings.

=== outbreak ===
# CLEAR # chapter: The Outbreak # bg: night # music: outbreak
You wake to a chime you have never heard before. # sfx: alarm
Four thousand implants sound together, a soft rising note: the one {role == "torus":you|Torus} built for a thing {role == "torus":you|he} promised would never happen.
By dawn it has names. Sour-mouth. Fire-gum. Children with white patches on their tongues. A neighbour who bled into the sharing bowl and laughed, and then stopped laughing.
The hub-wide plaque reading stands at pH {ph_reading()}. {ph() < 5.5:Below five and a half, enamel gives up its minerals, and it is giving them up now.|Not yet the enamel-dissolving line of five and a half, but the trend is wrong, and it dips lower after every bite.} # fact: After sugar, plaque pH falls within minutes and takes 15 to 60 minutes to recover; below about 5.5, enamel starts to dissolve.
-> mural_beat ->
-> gathering

= gathering
# CLEAR # bg: gathering # sfx: crowd
By midmorning the Commons is full again, and nobody is eating. The four of you stand at the foot of the wall.
"Nobody did anything wrong. A mouth is a garden, and ours have been planted in each other's soil. Something has got the upper hand. We find out what, and we tend it." # speaker: Elara
"The sensors say acid, and in some mouths inflammation. Two things going wrong at once. I can brew something by tonight." # speaker: Torus
"Brew it, yes. But nothing goes into anyone's mouth until they know what it is, and nobody's readings get passed around without asking." # speaker: Jalen
"Look at the wall. It's already telling us. We just have to learn to read it." # speaker: Kara
No single germ invaded; the community shifted. # fact: In the ecological plaque hypothesis, disease comes from a shift in the whole plaque community driven by its environment, such as frequent sugar or inflammation, not from one invading germ.
{role == "jalen":Your|Jalen's} question hangs over the Commons: whose mouth is it, in a crisis? # discuss: In an emergency, should the community be able to read everyone's mouth sensors? Who decides, and for how long?
-> in_role(-> elara_outbreak, -> torus_outbreak, -> kara_outbreak, -> jalen_outbreak) ->
-> gel

// Describe the mural as it is now. Use as a tunnel: -> mural_beat ->
=== mural_beat ===
{ mural():
- "serene":
    {&The mural lies calm, a slow green tide; its spirals turn so gently you have to watch to be sure they move.|The mural has settled into deep, even greens, breathing at the pace of someone asleep.} # mural: pulse
- "vibrant":
    {&The mural is a crowded meadow: gold, teal, rose, a hundred small spirals each keeping its own time, none shouting over the rest.|Colour everywhere on the wall, busy and unhurried: the look of a community with room for everyone.} # mural: pulse
- "anxious":
    {&The mural's spirals pulse in quick, uneasy beats, like a heart after bad news.|The wall flickers, its greens souring at the edges, the rhythm too fast and never quite settling.} # mural: pulse # sfx: heartbeat
- "acidic":
    {&The mural has gone the orange-red of a warning light. Fine cracks craze the lower panels, where the enamel readings live.|Red has crept up the wall. Two fat, sour-yellow blooms crowd out everything else, and the cracks are spreading.} # mural: pulse
- "inflamed":
    {&The mural glows hot at its seams, a swollen magenta along every border, throbbing like a bruise.|The wall's borders burn and bleed into each other; the glow no longer fades between pulses.} # mural: pulse
- "scorched":
    {&The mural is washed out, nearly white. The few colours left are thin and flat. It doesn't pulse. It just sits there, clean and empty as a scrubbed plate.|Bleached: a wall of pale nothing, with one or two stubborn streaks where something survived.} # mural: pulse
- else:
    The mural shifts, and for a moment nobody can name what it shows. # mural: pulse
}
->->
