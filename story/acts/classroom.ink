// The classroom cut: the short group session (ensemble_length "short"), for one lesson.
// About 2,000-2,500 words on screen, ten choices, three discussions: the festival in brief,
// the outbreak with the sensor vote, the gel and its side effects, the aftermath with the
// charter, then the shared ending and one shared epilogue (classroom_epilogue). Each role
// plays one scene of its own: Elara's story circle (day 2), Kara's wall and Jalen's consent
// scene (day 4), Torus's dose log (day 5); those tunnels are <role>_classroom in roles/.
// The long acts are untouched by this file; what the group chose here is kept in the same
// VARs (sensor_vote, gel_recipe, implant_rule) the long acts set, so the endings can tell.
// Keep every passage between two choices under 400 words (npm run story -- stats).

=== classroom ===
~ until(1, 18)
Neo-anthropolis, 2147. The bio-hub keeps its festivals the way it keeps its gardens: shared, tended, and slightly alive. # CLEAR # chapter: The Festival # bg: festival # music: festival # when: day >= 1.75, day < 2
Tonight is the Festival of Shared Breath, and the Commons is full of lantern-moss and little glass jars. Each jar holds a household's mouth-culture, a starter, like bread. # image: starter-jar = A little glass jar of creamy starter culture under an amber cloth cap, bubbling and flecked with colour, with a crayon label
At the head of the Commons breathes the living mural. Kara Femir grew it from light-reading cells fed by the implants in every mouth, so the wall shows the hub's mouths as colour. {mural() == "serene":Tonight it is the soft green of a calm tide. # when: serene|Tonight it is a meadow of colour, gold and teal and rose, each spiral keeping its own time. # when: vibrant} # mural: pulse
All evening the jars go hand to hand: a taste of a neighbour's starter on a clean spoon is how the hub says hello. # fact: Mouth bacteria and yeasts travel between people in saliva, on shared spoons and in shared food.
~ apply("blended_gel", 1)
The Lane of Honeyed Things runs the length of the Commons: fig tarts, spun maple, sour-cherry glass that cracks like ice. Mirela Vasque, who has kept the same starter for sixty years, presses a tart into every hand that passes.
"One won't hurt you. It's the grazing that does it." # speaker: Mirela
* [Eat your way down the whole Lane, one treat at a time]
    ~ festival_lane = "grazed"
    ~ apply("sugar_feast", 0.8)
    A tart, a shard of cherry glass, a spoon of rice sweet, another tart because the first was so good. By the lantern-lighting nobody at your table can taste anything but sweet.
* [Take one tart, with a proper supper]
    ~ festival_lane = "supper"
    ~ apply("meal", 1)
    ~ apply("sugar_snack", 0.3)
    Bean stew and greens at the long tables, then one tart, slowly, while it's warm. Then you stop, which feels like a small act of rebellion.
* [Drink from the mist fountains; save the sweets for tomorrow]
    ~ festival_lane = "water"
    ~ apply("meal", 1)
    ~ apply("saliva_boost", 0.5)
    Supper, more water than anyone at the next table, and a sprig of sweet cicely to chew instead of candy.
- ~ pass(180)
At dusk comes the Passing of the Bowl. Everyone adds a spoonful of their starter to the great clay Bowl, Mirela stirs it, and a dab goes round on nearly every tongue: four thousand mouths becoming, for one evening, one. # sfx: crowd
It is the most beautiful thing the hub does. It is also, microbiologically speaking, a very large experiment.
~ apply("blended_gel", 1)
~ until(2, 5)
-> classroom_outbreak

=== classroom_outbreak ===
You wake to a chime nobody has heard before. # CLEAR # chapter: The Outbreak # bg: night # music: outbreak # sfx: alarm # when: day >= 2, day < 2.25
{festival_lane == "grazed":Last night's tarts are still sweet on every tongue at your table. |}Four thousand implants sound together: the alarm Torus Kline built for a thing he promised would never happen.
By dawn the hub-wide plaque reading stands at pH {ph_reading()}, and the Care Hall is full. {ph() < 5.5:Below five and a half, enamel gives up its minerals, and it is giving them up now. # when: ph < 5.5|Not yet the line of five and a half, where enamel starts to dissolve, but it dips lower after every bite. # when: ph >= 5.5} # fact: After sugar, plaque pH falls within minutes and takes 15 to 60 minutes to recover; below about 5.5, enamel starts to dissolve.
-> mural_beat ->
~ until(2, 9)
By midmorning the Commons is full again, and nobody is eating. Four people stand at the foot of the wall. # bg: gathering # sfx: crowd # when: day >= 2.35, day < 2.5
"A mouth is a garden, and ours have been planted in each other's soil. Something has got the upper hand. We find out what, and we tend it." # speaker: Elara # expression: calm
"The sensors say acid, and in some mouths inflammation. I can brew something by tomorrow." # speaker: Torus # expression: determined
"Nothing goes into anyone's mouth until they know what it is. And nobody's readings get passed around without asking." # speaker: Jalen # expression: determined
"Look at the wall. It's already telling us." # speaker: Kara # expression: hopeful
No single germ invaded; the community shifted. # fact: In the ecological plaque hypothesis, disease comes from a shift in the whole plaque community driven by its environment, such as frequent sugar or inflammation, not from one invading germ.
The implants could simply be read, all four thousand of them, in an afternoon. Or people could be asked. Whose mouth is it, in a crisis? # discuss: In an emergency, should the community be able to read everyone's mouth sensors? Who decides, and for how long?
* [Open every implant feed to the Guardians until the outbreak is over]
    ~ sensor_vote = "open"
    ~ apply("implant_sensor", 1.0)
    ~ pass(60)
    The vote is quick and frightened, and the feeds open. Within the hour the Care Hall can see every sour molar in the hub: which street, which family, which sweet-stall. It is extraordinarily useful. Several people quietly leave the Commons.
* [Ask for stories; share readings only with those who offer them]
    ~ sensor_vote = "asked"
    ~ apply("implant_sensor", 0.4)
    ~ apply("saliva_boost", 0.3)
    ~ pass(120)
    Nobody's feed is opened. The Guardians set out benches and water jugs, and whoever wants to may sit, talk, and hold up a wrist-reader to share. More do than anyone expected.
* [No time for talk: an antiseptic rinse for everyone at the gate]
    ~ sensor_vote = "rinse"
    ~ apply("chlorhexidine", 0.7)
    ~ pass(60)
    The Care Hall wheels out its barrels of chlorhexidine and sets cups along the gate. Everyone rinses on the way in. It feels like doing something.
- -> elara_turn(-> elara_classroom) ->
~ until(3, 5)
Before dawn on the third day someone adds a note to the bottom of Elara's map in a child's hand: PIM, PLUMS, 3 DABS, SORRY. # bg: night # when: day >= 3, day < 3.25
-> mural_beat ->
-> classroom_gel

=== classroom_gel ===
~ until(3, 8)
The third morning smells of yeast and warm glass. # CLEAR # chapter: The Gel # bg: workshop # music: workshop # when: day >= 3.25, day < 3.5
Torus's workshop above the seed library has its doors propped open, and the hub comes up the stairs with its jars. In the vats hums a gentle Streptococcus salivarius he isolated from Mirela's starter; beside them stand sacks of arginine from the bean terraces. # sfx: bubble
"The strain crowds the acid-makers a little. The arginine is the real trick: friendly bacteria turn it into ammonia, and ammonia mops up acid." # speaker: Torus # expression: hopeful
It is the oldest kind of help: feed the side you want to win. # fact: Some mouth bacteria break arginine down into ammonia, which neutralises plaque acid; people without tooth decay tend to have more of this activity.
"The strain on its own? Maybe it helps a little. The trials don't let me promise more." # speaker: Torus # expression: wry
Then Kara comes up the stairs with a crate of festival jars, and behind her half the Lane.
"Use ours. Whatever's gone wrong, the answer's in us too." # speaker: Kara # expression: determined
The batch is for four thousand mouths, and the tables, not one inventor, will decide what goes into it.
* [Keep it plain: the one strain and arginine, nothing we can't name]
    ~ gel_recipe = "plain"
    ~ apply("probiotic_gel", 0.4)
    ~ apply("arginine_gel", 0.4)
    ~ pass(240)
    The jars go back into Kara's crate, gently, with thanks. By mid-afternoon the volunteers' readings bounce back after a sugar test instead of sulking. It is not poetry. It is a thing you can write on a label.
* [Stir in a spoon from every festival jar: the hub's own flora]
    ~ gel_recipe = "blended"
    ~ apply("blended_gel", 0.5)
    ~ pass(240)
    Jar after jar goes into the vats, cheered like the Bowl. Under the microscope Torus finds more than anyone bargained for: budding yeast, fat rods of lactobacilli, thin threads of something that likes the dark. The volunteers say it tastes like home.
* [Sterilise first: the vats, the volunteers, everything]
    ~ gel_recipe = "sterile"
    ~ apply("chlorhexidine", 0.7)
    ~ pass(240)
    The vats are scrubbed and filled with chlorhexidine, and the volunteers rinse first, to show it's safe. It tastes of bitter coins. Clean is simple. Clean is also empty.
- By evening the {gel_recipe == "sterile":rinse|gel} is bottled, and Jalen pins three lines to the seed-library door: SAY WHAT'S IN IT. ASK BEFORE YOU GIVE IT. WATCH WHAT IT DOES. Teodor Vance, who makes the sour-cherry glass, says protocols are for people who aren't in pain.
* [Jalen's three lines: ask first, dose small, a sensor on every treated mouth]
    ~ gel_protocol = "asked"
    ~ apply("implant_sensor", 0.6)
    ~ hub_gel(0.3)
    ~ pass(300)
    Every dose is explained, agreed and logged, and every mouth that takes it wears a sensor home. The next doses are smaller and better aimed.
* [Tables down the whole Lane: everyone, as much as they like]
    ~ gel_protocol = "lane"
    ~ hub_gel(1.0)
    ~ pass(300)
    The bottles go out by the crate, a dose for each person, another for the children, one for a neighbour who couldn't come. By nightfall there is hardly a mouth in the hub without it. # sfx: pour
* [Hand it out with a honey-drop, to take the taste away]
    ~ gel_protocol = "honey"
    ~ hub_gel(0.5)
    ~ apply("sugar_feast", 0.6)
    ~ pass(300)
    The sweet-makers are delighted to help. Every dose comes with a honey-drop, and people go back for a second honey-drop, and the Lane is busy again by dusk.
* [Hold it back a day: brushing circles and water come first]
    ~ gel_protocol = "held"
    ~ apply("brushing", 0.7)
    ~ apply("saliva_boost", 0.4)
    ~ pass(360)
    The crates stay stacked by the door. The hub does the unglamorous things instead: brushing circles on the Commons, water at every corner, meals at meal-times. Some people never forgive it for that.
- ~ until(4, 8)
-> kara_turn(-> kara_classroom) ->
-> jalen_turn(-> jalen_classroom) ->
~ until(4, 18)
On the evening of the fourth day the hub comes to the wall with its complaints. # CLEAR # bg: gathering # music: outbreak # sfx: crowd # when: day >= 4.7, day < 5
{ share("K") * 100 >= 3:
    Tongues furred white, more of them than on the second morning. # when: share K >= 0.03 # fact: The yeast Candida albicans and Streptococcus mutans help each other: with plenty of sugar, together they build thicker, more acidic biofilms and more severe decay than either alone.
- else:
    Most of the white patches of the second morning are fading, but Candida waits in small numbers, as it always has, for sugar to come back. # when: share K < 0.03
}
{ share("P") * 1000 >= 6 || mural() == "inflamed":
    And gums that bleed at a touch. The Bowl's cultures carried passengers nobody counted, and they have settled along the gumline where no brush reaches. # when: share P >= 0.006 or inflamed # fact: Porphyromonas gingivalis is a keystone pathogen: even at low numbers it can tip the whole gum community into damaging inflammation, but it depends on partners such as Fusobacterium nucleatum to get a foothold.
- else:
    The gums, at least, are mostly quiet. A few anaerobes that came with the Bowl wait in the pockets along the gumline for an inflamed gum to feed them. # when: share P < 0.006, not inflamed
}
Teodor wants the starters burned, every jar. Mirela clutches hers to her chest and says he'll have to burn her first. Above them the wall keeps its own time. # mural: pulse
-> mural_beat.always ->
"Nothing more goes into anybody tonight. We sleep, and tomorrow we decide together." # speaker: Jalen # expression: determined
The Passing of the Bowl was meant to make four thousand mouths into one community. It did. Nobody said the community would be healthy. # discuss: The festival blends everyone's mouth-cultures as a tradition of belonging. When does sharing something living become a risk to others, and who should get to decide?
-> classroom_aftermath

=== classroom_aftermath ===
~ until(5, 9)
The fifth morning, and the Commons is quiet at last. # CLEAR # chapter: Aftermath # bg: aftermath # music: aftermath # when: day >= 5, day < 5.5
-> torus_turn(-> torus_classroom) ->
At noon the hub assembly meets under the canopy, with Jalen in the chair, which he did not want. What is left is the hardest part: who decides what happens to the readings and the wall the next time something goes wrong. # discuss: After the crisis, who should govern the community's health data and the mural that displays it, and how should those rules change over time?
{ sensor_vote:
- "open": On the second morning this room opened every feed in an hour. Nobody has closed them since.
- "asked": On the second morning this room asked before it read a single mouth. Some say that cost a day; some say it kept the hub together.
- else: On the second morning this room reached for the rinse instead of the readings, and the readings still belong to nobody in particular.
}
* [A charter: each mouth's reading is its own; the wall shows only the whole; every rule ends with the season unless renewed]
    ~ implant_rule = "charter"
    ~ apply("implant_sensor", 0.6)
    ~ pass(240)
    It takes four hours and three drafts. In the end the charter fits on one page, and people sign it at the seed-library door, beside the three lines still pinned there.
* [An open board: every mouth's reading on the wall, by name, for everyone's safety]
    ~ implant_rule = "board"
    ~ apply("implant_sensor", 1.0)
    ~ apply("dry_mouth", 0.5)
    ~ pass(240)
    The vote is close and tired. By evening the lower third of the wall carries four thousand names beside four thousand numbers, and people begin to walk the long way round the Commons.
* [Switch the implants off and trust the old ways]
    ~ implant_rule = "off"
    ~ apply("sugar_feast", 0.5)
    ~ pass(240)
    The implants go dark, one street at a time, to applause. The Lane of Honeyed Things reopens by lunchtime.
- Then the everyday, which is what the hub will actually live by. What does it do on an ordinary day, when nobody is frightened? # fact: In a mathematical model of dental plaque, the community tipped toward acid-loving bacteria at about six sugar intakes a day with normal saliva, but at only about three when sugar cleared slowly, as in a dry mouth.
* [Meals at set hours, water between, brushing circles every evening]
    ~ everyday_rule = "routine"
    ~ apply("meal", 1)
    ~ apply("brushing", 0.7)
    ~ apply("fluoride", 0.5)
    ~ apply("saliva_boost", 0.3)
    ~ pass(480)
    The least exciting rule anyone has ever voted for passes by a landslide. Within a day there are more people at the brushing circles than at the Lane.
* [A pot of the workshop's {gel_recipe == "sterile":rinse|gel} in every kitchen, for whenever anyone feels sour]
    ~ everyday_rule = "pots"
    ~ hub_gel(0.7)
    ~ pass(480)
    By morning every kitchen has a pot on the shelf beside the salt, and people dose themselves whenever their mouths feel wrong, which, now that they are paying attention, is often.
* [A rinse-day every week, just to be safe]
    ~ everyday_rule = "rinse_day"
    ~ apply("chlorhexidine", 0.9)
    ~ pass(480)
    Every seventh day the whole hub rinses with the strong antiseptic. The first rinse-day is that very evening.
    {
    - mural() == "scorched":
        The readings go beautifully, eerily quiet. # when: scorched
    - else:
        The readings hush for a night, then come back, a little thinner and a little stranger. # when: not scorched
    }
* [Reopen the Lane all day: the hub has earned its sweetness]
    ~ everyday_rule = "lane"
    ~ apply("sugar_feast", 0.8)
    ~ pass(480)
    The sweet-makers light their kettles within the hour, and by evening the Lane is the Lane again: a little sugar all day long.
- The days after are not a story so much as a habit, and habits are where mouths are won and lost.
// The habit the group chose goes on the next day (a rinse-day only comes weekly).
~ pass(720)
{ everyday_rule:
- "routine":
    ~ apply("meal", 1)
    ~ apply("brushing", 0.7)
    ~ apply("fluoride", 0.5)
- "pots":
    ~ hub_gel(0.7)
- "lane":
    ~ apply("sugar_feast", 0.8)
}
~ pass(720)
-> endings

// The short session's one epilogue, shared by the group: what it chose, called back, then
// the year ahead. Called from endings.close in place of the four role epilogues.
=== classroom_epilogue ===
In the Care Hall's ledger the week reads as the group wrote it: {sensor_vote == "open":every feed opened on the second morning|{sensor_vote == "asked":readings shared only by those who offered them|a rinse for everyone at the gate}}; {gel_recipe == "blended":a gel stirred from every festival jar|{gel_recipe == "sterile":vats of antiseptic where the gel should have been|a plain gel with one strain and arginine}}{gel_protocol == "asked":, given with consent and a sensor|{gel_protocol == "held":, held back a day for the brushing circles|{gel_protocol == "lane":, handed out by the crate|, handed out with honey-drops}}}; and {implant_rule == "charter":a one-page charter that expires at the next festival unless the assembly renews it aloud.|{implant_rule == "board":a wall of names, which the assembly has promised to argue about again.|implants gone dark, and nothing yet to warn anyone next time.}}
->->
