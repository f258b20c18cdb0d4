// Act four: the cathartic communal ritual. Day five and its night.
// Shared: what the community puts into the Bowl this time, and how the night ends.

=== ritual ===
~ until(5, 9)
On the fifth day the hub gathers at the wall again, because where else would it gather. # CLEAR # chapter: The Ritual # bg: ritual # music: ritual # when: day >= 5, day < 5.5
Nobody has the heart for another meeting. The implants report a hub-wide plaque pH of {ph_reading()}.
{
- mural() == "scorched":
    The implant dashboard is green and nearly silent: mouths with hardly anything living in them. Nobody is sure whether to call that well. # when: scorched
- health() >= 0.75:
    The implant dashboard has turned mostly green, and people still don't quite trust it. # when: not scorched, health >= 0.75
- health() >= 0.5:
    The implant dashboard is a patchwork: some mouths green, some amber, some stubbornly red. # when: not scorched, health >= 0.5, health < 0.75
- else:
    The implant dashboard is mostly red, and nobody wants to look at it for long. # when: not scorched, health < 0.5
}
It is {role == "elara":you|Elara} who says what should happen next. Four days of carrying care from door to door, and the doors keep filling again behind {role == "elara":you|her}.
{
- mural() == "serene" || mural() == "vibrant":
    "We've been lucky, and careful, and the wall has come round. That is exactly when people stop. I can't keep four thousand mouths well from the Care Hall. Nobody can. Either it's all of us, every evening, or it comes back." # speaker: Elara # expression: determined # when: serene or vibrant
- sensor_vote == "rinse" || gel_recipe != "plain" || gel_protocol == "lane" || gel_protocol == "honey":
    "We've been throwing things at the wall since the chime: rinses, jars, orders. I've handed out care like bread, and nobody gets well from bread they're handed. It has to be shared, or it doesn't hold." # speaker: Elara # expression: determined # when: not serene, not vibrant
- else:
    "We've done it all carefully, and it still hasn't come right, because I've been doing it to you, one door at a time. Care that one woman hands out stops when she sleeps. It has to be all of us." # speaker: Elara # expression: determined # when: not serene, not vibrant
}
Mirela, beside {role == "elara":you|her}, nods the way she nods at a starter that has finally risen. "Sit with it," she says. "Feed it right. Together." # speaker: Mirela
So the hub makes a ritual of it, because the hub makes a ritual of everything. The great clay Bowl is carried out of the seed library, where it has stood upside down since the festival, and scrubbed with sand and boiling water by fifty pairs of hands. # sfx: pour
{role == "kara":You open|Kara opens} the whole of the mural's lower third to anyone with a brush. The rule is the old festival rule: you may paint anything, so long as you tell someone why.
{gel_protocol:
- "asked": By the seed-library door the dose log from the third day lies open, every dose in it asked for and written down.
- "lane": Down the Lane the gel tables of the third day still stand, empty now, where the crates went out to anyone who reached.
- "honey": By the seed-library door stand the honey-drop jars from the gel tables, empty now.
- "held": By the seed-library door still hangs the brushing circles' rota from the third day, when the crates were held back.
}
~ until(5, 18)
By dusk the Commons is crowded and very quiet. The Bowl stands empty at the foot of the wall. Tonight, everyone agrees, something goes into it and is passed round, as it always has been. Only not the same thing. # when: day >= 5.7, day < 6
{role == "jalen":You ask|Jalen asks} the question aloud, because somebody has to: the quick cure that empties every mouth, or the slow one that keeps the garden? # discuss: An antiseptic could clear the outbreak fast but would wipe out the helpful microbes too. When is a quick, broad fix worth what it costs the community later?
* [Water, only water: the Bowl as a well]
    ~ ritual_bowl = "water"
    ~ apply("saliva_boost", 0.8)
    ~ pass(240)
    The Bowl is filled from the mist fountains, and cups go round, and round again. It is the plainest thing the festival has ever passed. Mirela drinks first and says it is the best vintage in years. Four thousand mouths, for one evening, remember what wet feels like.
* [The plain strain and arginine, a spoonful stirred in by everyone]
    ~ ritual_bowl = "plain"
    ~ apply("probiotic_gel", 0.4)
    ~ apply("arginine_gel", 0.5)
    ~ pass(240)
    The workshop's blue jar goes in spoon by spoon, each one stirred by a different hand: the one strain from Mirela's starter and the arginine from the east terraces. Nothing in it anyone can't name. It tastes faintly of beans, and people laugh at that, which is its own medicine.
* [The old starters, blended, as it has always been]
    ~ ritual_bowl = "blended"
    ~ apply("blended_gel", 0.8)
    ~ pass(240)
    Tradition is tradition. The jars come out of pockets and the Bowl fills with a spoonful of every mouth in the hub, the brave and the sore alike. "From my mouth to yours." It tastes of sourdough and plum, and of something metallic that nobody mentions.
* [Honey and fig syrup: something sweet after a bitter week]
    ~ ritual_bowl = "honey"
    ~ apply("sugar_feast", 0.6)
    ~ pass(240)
    The sweet-makers fill the Bowl to the brim with fig syrup and wildflower honey, and it goes round all evening, dipped and redipped, a little at a time. Nobody has smiled like this since the festival. The acid-makers in four thousand mouths have not had a night like it either.
* [A cleansing rinse: fill the Bowl with the strong antiseptic]
    ~ ritual_bowl = "rinse"
    ~ apply("chlorhexidine", 0.9)
    ~ pass(240)
    It is meant as a purification, and it looks like one: the Bowl brimming with clear, bitter rinse, everyone taking a mouthful and spitting into the fern beds together. The taste of coins rises over the Commons. Whatever was living in the hub's mouths, the good with the bad, is told to leave.
- -> vigil

= vigil
Then the stories. Not Elara's questions this time, but the ones people have been carrying all week and not saying. # bg: night # music: ritual
Teodor Vance stands up first, which nobody expected, and says he is sorry for wanting to burn the starters, and that he has not eaten a shard of his own cherry glass for three days, and that it is the longest he has gone since he was nine. People cheer him as if he has won a race. In a way he has.
Pim Arroway, who is six, paints a purple plum on the wall and writes underneath it, SORRY AGAIN. Half the Commons is in tears by then, so it hardly matters who cries next.
Ama Osei paints a water jug. Mirela paints her grandmother's face, badly, and says it is a good likeness.
{role == "torus":You tell|Torus tells} the story of the chime nobody was supposed to hear, and how it felt to be the one who built it. Then the questions come, the ones nobody asked at the workshop door.
"Does it hear me now? Right now?" Ama Osei asks, a hand on her jaw. # speaker: Ama
"It reads the acid on your teeth. Not your voice, not your name." {role == "torus":You hold|Torus holds} up a wrist. "Unless somebody puts the name there." # speaker: Torus # expression: wry
"And who puts it there?" Teodor asks. # speaker: Teodor
{sensor_vote:
- "open": "You did, at the gathering, when you opened the feeds. Whatever you open, you can close." # speaker: Torus
- "asked": "Only those who offered it, at the gathering. Nobody else's." # speaker: Torus
- else: "Nobody. You chose a rinse at the gate instead." # speaker: Torus
}
{role == "elara":You tell|Elara tells} the one about the garden in every mouth, but this time somebody else finishes it for {role == "elara":you|her}.
The wall takes the paint and the stories both. Under the brushes the lower third stops being a picture of the hub and becomes a picture by it. # mural: pulse
Near midnight the singing starts, the old starter-songs, and it goes on for a long time. The question is how the night ends.
* [Tell stories until dawn, then brush together as the sun comes up]
    ~ ritual_night = "dawn"
    ~ apply("brushing", 0.8)
    ~ apply("fluoride", 0.4)
    ~ pass(180)
    At first light someone hands round brushes and the fluoride paste, and four thousand people brush their teeth on the Commons at once, foaming and laughing at each other, and spit into the fern beds in a ragged cheer. It is absurd. It is the best morning in years.
* [Sing the old starter-songs until your voices give out]
    ~ ritual_night = "song"
    ~ apply("dry_mouth", 0.6)
    ~ pass(180)
    The songs get louder and hoarser and nobody stops, not for water, not for breath; it feels like stopping would break something. By dawn the Commons is full of cracked voices and tongues like bark. # fact: A night of singing or breathing through the mouth without drinking leaves little saliva, so sugar and acid stay on the teeth longer.
* [Carry the stories home at midnight, and sleep]
    ~ ritual_night = "home"
    ~ pass(240)
    The crowd thins at midnight, gently, each person taking a story home like a lantern. Nobody brushes, nobody drinks, nobody does anything much. Whatever the mouths of the hub were doing, they go on doing it, quietly, in the dark.
- Some things can only be done by one person, even on a night like this.
-> in_role(-> elara_ritual, -> torus_ritual, -> kara_ritual, -> jalen_ritual) ->
-> dawn

= dawn
~ until(6, 7)
The morning after the ritual, the Commons smells of wet paint and moss. # bg: ritual # when: day >= 6, day < 6.5
People wander past the wall on their way to work and stop, and look for their own brushstroke, and find it, and look for their neighbour's. Nobody says much. Nobody needs to.
-> mural_beat.always ->
It was not a cure. Rituals never are. It was the hub deciding, out loud and all together, what sort of community it wanted to be in its own mouths.
-> aftermath
