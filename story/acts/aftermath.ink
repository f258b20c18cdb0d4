// Act five: the aftermath. Health dialogues, refined implants, the mural as a
// collaborative canvas, adaptive governance. One simulated day, then the endings.
// Shared: who governs the readings and the wall, and what the hub does every day.

=== aftermath ===
The days after are not a story so much as a habit, and habits are where mouths are won and lost. # CLEAR # chapter: Aftermath # bg: aftermath # music: aftermath # when: day >= 6, day < 7
~ until(6, 13)
The Care Hall keeps its doors open in the evenings now, for what {role == "elara":you call|Elara calls} mouth-talks and everyone else calls Elara's evenings. People sit in a ring and say things they would have been ashamed to say a week ago: I graze when I'm sad. My gums bleed and I never told anyone. I took four dabs from the Bowl. Nobody tuts. Somebody always says: me too.
{role == "elara":You never answer|Elara never answers} first. "What have you tried? Who's tried it with you?" # speaker: Elara # expression: calm
{ritual_bowl:
- "water": Since the ritual a clay bowl of water stands on the Care Hall's table, and people drink from it on the way in.
- "plain": Since the ritual the workshop's blue jar stands on the Care Hall's table, and people take a spoon on the way out.
- "blended": Since the ritual a few people bring their starters to the evenings again, and nobody is sure whether to let them.
- "honey": Since the ritual somebody always brings honey to the evenings, and {role == "elara":you always sigh|Elara always sighs}.
- "rinse": Since the ritual the evenings taste faintly of coins, and nobody has brought a starter.
}
{ritual_night == "dawn":Since the dawn brushing on the Commons, people brush in twos and threes at their windows, and wave to each other.|{ritual_night == "song":The voices the ritual night's singing wore out take three days to come back.|The stories people carried home on the ritual night have been told again at every table since.}}
The talk always comes back to the same few things. Sugar at meals, not between. Water. A brush before bed, with fluoride in the paste. None of it is new; it is only newly believed. # fact: Fluoride helps enamel take back minerals after an acid attack, lowers the pH at which it starts to dissolve, and slows how fast plaque bacteria turn sugar into acid.
Above the seed library {role == "torus":you have|Torus has} the implants' last rewrite ready and not yet sent: the readings would stay in each mouth's own wrist-reader, the wall would get only the sum of the hub, blurred at the edges like a painting seen through rain, and in place of the alarm a whisper, sent only to the one person whose mouth it concerns.
What is left is the hardest part: who decides what happens to the readings and the wall the next time something goes wrong. The hub assembly meets under the canopy to settle it, with {role == "jalen":you|Jalen} in the chair, which {role == "jalen":you did not want|he did not want}. # discuss: After the crisis, who should govern the community's health data and the mural that displays it, and how should those rules change over time?
* [A charter: each mouth's reading is its own; the wall shows only the whole; every rule ends with the season unless renewed]
    ~ implant_rule = "charter"
    ~ apply("implant_sensor", 0.6)
    ~ pass(240)
    It takes four hours and three drafts. In the end the charter fits on a single page: readings belong to the mouth they come from; the wall shows only the hub; any emergency rule expires at the next festival unless the assembly renews it aloud. People sign it at the seed-library door, beside the three lines that are still pinned there.
* [An open board: every mouth's reading on the wall, by name, for everyone's safety]
    ~ implant_rule = "board"
    ~ apply("implant_sensor", 1.0)
    ~ apply("dry_mouth", 0.5)
    ~ pass(240)
    The vote is close and tired. By evening the lower third of the wall carries four thousand names beside four thousand numbers. Nobody can hide a sour mouth any more. Nobody can relax in front of the wall any more either, and people begin to walk the long way round the Commons, jaws tight.
* [Switch the implants off and trust the old ways]
    ~ implant_rule = "off"
    ~ apply("sugar_feast", 0.5)
    ~ pass(240)
    The implants go dark, one street at a time, to applause. Without an alarm in anyone's ear the Lane of Honeyed Things reopens by lunchtime, and the grazing comes back as if it had only been waiting around the corner, which it had.
-
{implant_rule:
- "charter": {role == "torus":You send|Torus sends} the rewrite that night. The alarm is gone; the whisper goes to one wrist at a time, and the wall gets the hub's sum, anonymous, and its lower third back. Every week a different street paints it, and nobody paints over anyone else's work without asking. {role == "kara":You have|Kara has} stopped calling it {role == "kara":your|her} mural. It is the wall now, as people say the Bowl.
- "board": {role == "torus":Your|Torus's} rewrite stays on the bench. The alarm is gone, but the readings go where the assembly sent them, name by name, onto the wall's lower third, and the painters move up to the panels above it.
- else: {role == "torus":Your|Torus's} rewrite stays on the bench, with nothing left to send it to. The wall still runs on the last week's feed, and its lower third stays open: every week a different street paints it, and nobody paints over anyone else's work without asking.
}
Then the everyday, which is what the hub will actually live by.
{role == "elara":You ask|Elara asks} the last question of the assembly: what do we do on an ordinary day, when nobody is frightened? Teodor, at the back, puts his cherry glass in his pocket and leaves his hand on it. # fact: In a mathematical model of dental plaque, the community tipped toward acid-loving bacteria at about six sugar intakes a day with normal saliva, but at only about three when sugar cleared slowly, as in a dry mouth.
* [Meals at set hours, water between, brushing circles every evening]
    ~ everyday_rule = "routine"
    ~ apply("meal", 1)
    ~ apply("brushing", 0.7)
    ~ apply("fluoride", 0.5)
    ~ apply("saliva_boost", 0.3)
    ~ pass(480)
    It is the least exciting rule anyone has ever voted for, and it passes by a landslide. Supper at supper-time, sweets with it if you like, water after, and a brushing circle on the Commons at dusk for anyone who wants company. Within a day there are more people at the circles than at the Lane.
* [A pot of the workshop's {gel_recipe == "sterile":rinse|gel} in every kitchen, for whenever anyone feels sour]
    ~ everyday_rule = "pots"
    ~ hub_gel(0.7)
    ~ pass(480)
    The workshop bottles through the night, and by morning every kitchen in the hub has a pot on the shelf beside the salt. People dose themselves whenever their mouths feel wrong, which, now that they are paying attention, is often.
* [A rinse-day every week, just to be safe]
    ~ everyday_rule = "rinse_day"
    ~ apply("chlorhexidine", 0.9)
    ~ pass(480)
    Every seventh day, the whole hub rinses with the strong antiseptic, the way some houses sweep on a fixed day whether the floor needs it or not. The first rinse-day is that very evening.
    {
    - mural() == "scorched":
        The readings go beautifully, eerily quiet. # when: scorched
    - else:
        The readings hush for a night, then come back, a little thinner and a little stranger than before. # when: not scorched
    }
* [Reopen the Lane all day: the hub has earned its sweetness]
    ~ everyday_rule = "lane"
    ~ apply("sugar_feast", 0.8)
    ~ pass(480)
    A cheer goes up that the canopy must have heard. The sweet-makers light their kettles within the hour, and by evening the Lane is the Lane again: a tart here, a shard of cherry glass there, a little sugar all day long.
- The assembly breaks up, and each of you goes home by your own road.
-> in_role(-> elara_aftermath, -> torus_aftermath, -> kara_aftermath, -> jalen_aftermath) ->
// The everyday rule is what the hub lives by until the week is out: once every half day
// (a rinse-day comes only weekly), then the week is done.
~ live_by_rule_until(8, 12)
A week after the festival the Commons is just the Commons again: ferns, moss, children, the Lane, the wall. # bg: aftermath # when: day >= 8, day < 9
-> mural_beat.always ->
{
- mural() == "serene" || mural() == "vibrant":
    On the seventh day the salt barge from Lowmarsh, two hubs down the river, ties up at the quay. Its crew leave with {implant_rule == "charter":a copy of the charter, |}a jar from the workshop and the brushing-circle song in their heads, and by the next moon Lowmarsh holds its own evenings of mouth-talk, in a boathouse, with a wall of its own. # when: serene or vibrant
- mural() == "scorched":
    On the seventh day the salt barge from Lowmarsh ties up at the quay. Its crew ask for the rinse that cleared the hub's wall so fast, and go home with a crate of it, and nobody on the quay can find the words to say what it cost. # when: scorched
- else:
    On the seventh day the salt barge from Lowmarsh ties up at the quay, and its crew hear about the week in every tavern. They go home with a story, not a practice: the hub has not finished learning it yet. # when: not serene, not vibrant, not scorched
}
Whatever happens next has already started happening, in four thousand mouths, one small habit at a time.
-> endings

// The assembly's everyday rule, kept every half day until that hour of that day
// (see until() in main.ink). Call only from a ~ logic line.
=== function live_by_rule_until(day, hour) ===
{ clock + 720 <= (day - 1) * 1440 + hour * 60:
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
    ~ live_by_rule_until(day, hour)
}
~ until(day, hour)
