// Torus Kline, biotech inventor: implants and the bioremediation gel.
// torus_festival is a tunnel called from the festival. torus_outbreak is diagnosis and the
// first response; torus_gel hands out the second batch of what the tables brewed
// (gel_recipe, the group's), then the side effects; torus_ritual and torus_aftermath are his accountability
// and the refined implants. Role memory lives in labelled choices, e.g. torus_outbreak.muted.

=== torus_festival ===
You are Torus Kline. Your implants sit in four thousand mouths across the hub: grain-of-rice sensors behind the last molar, tasting the plaque and whispering its pH to the network.
Tonight there's a cooler at your feet with something new in it. A gel, cultured from local flora. One S. salivarius-like strain, arginine folded in. Batch four; the first three curdled. # fact: Some mouth bacteria break arginine down into ammonia, which neutralises the acid plaque makes from sugar.
You haven't told Jalen yet.
Sefa has built the showcase by the fountain: a cut-away jaw under glass, one sensor the size of a rice grain beneath a lens, and a wrist-reader on a chain for anyone brave enough.
* (showcase) [Run it live: every visitor reads their own mouth # role: torus]
    ~ apply("implant_sensor", 0.2)
    ~ pass(60)
    The queue reaches the fountain. A baker watches her own number dip after a tart and laughs, then frowns. A boy reads his mother's, with her nod. Each reading goes to its own wrist and nowhere else: Jalen's rule, and you keep it without being asked.
* (glass) [Keep it under glass: the hardware speaks for itself # role: torus]
    ~ pass(60)
    You talk membranes and battery life to whoever stops. Two engineers from Lowmarsh stay an hour. Everyone else admires the small bright thing, says it's clever, and drifts back to the Lane.
* (cooler) [Show Jalen the cooler first # role: torus]
    ~ pass(60)
    You find him by the safeguards board and lift the lid. He looks for a long time. "Who has tasted it?" # speaker: Jalen
    "Me. Sefa." You close the lid. "Nobody else. Not yet." He writes that down.
- ->->

=== torus_outbreak ===
# bg: workshop
Your workshop above the seed library is a nest of cables, incubators and cold tea. Sefa Oduya, your apprentice, is asleep under the bench with a soldering iron still in her hand. Four thousand implant feeds scroll down the wall, and every one of them is wrong in the same direction.
You built the alarm for a day like this. The part of you that wins prizes is almost pleased it works.
* (calibrated) [Push a fine-grained calibration to every implant # role: torus]
    ~ apply("implant_sensor", 1.0)
    ~ pass(180)
    You rewrite the firmware in an hour and push it hub-wide. The implants stop shrieking and start speaking: which mouths, which sites, how fast.
* (muted) [Mute the alarms: the panic is doing more harm # role: torus]
    ~ apply("sugar_feast", 0.6)
    ~ pass(360)
    Chime silenced; one line in the log. The wall goes quiet; so does the worry, and the attention with it. The festival carries on down the Lane of Honeyed Things. The readings keep drifting.
* (flooded) [Flood the worst mouths with chlorhexidine # role: torus]
    ~ apply("chlorhexidine", 1.0)
    ~ pass(180)
    You raid the clinic stores and send out bottles of chlorhexidine marked RINSE TWICE. The alarms fall silent within hours. So does nearly everything else the implants can hear.
- -> swabs

= swabs
By afternoon Elara has sent you a tray of swabs from the Care Hall, each tube labelled with a first name and nothing else. # sfx: bubble
The diagnosis assembles itself the way the bad ones do: not one villain, a crowd changing sides. Chains of mutans streptococci where the quiet streptococci should be. Fat lactobacilli. In a third of the slides, the branching threads of Candida. And in two, the faint, stubby rods of P. gingivalis, which has no business in a child's mouth.
Every one of them was in the festival bowl. You ate from it too.
"So it's us," Elara says over the link. "Not something that came from outside." # speaker: Elara # expression: worried
"It's us, with the weather changed. Sugar every half hour all evening, and then four thousand mouths swapping tenants." # speaker: Torus
"Then what do we do before dark?" # speaker: Elara # expression: determined
* (kits) [Send brushes, fluoride and water out with Elara's circles # role: torus]
    ~ apply("brushing", 0.6)
    ~ apply("saliva_boost", 0.5)
    ~ pass(300)
    You empty your stores of brush-heads, fluoride paste and water flasks into Elara's baskets. It is not invention. It is logistics. By evening the feeds of people who brushed sit up a little straighter.
* (allnight) [Lock the door and culture through the night on tea and dates # role: torus]
    ~ apply("dry_mouth", 0.7)
    ~ apply("sugar_snack", 0.6)
    ~ pass(480)
    You tell Sefa to bolt the door. The two of you run the incubators all night on strong tea and a bag of dates, mouths dry as paper. You are fast. So is everything you are trying to beat.
* (lozenges) [Hand out the old arginine lozenges from the clinic cupboard # role: torus]
    ~ apply("arginine_gel", 0.4)
    ~ pass(300)
    Three crates of arginine lozenges that failed four years ago because nobody liked the chalky taste. Chalky beats sour. By evening a few hundred implants report acid dips that climb back faster.
- ->->

=== torus_gel ===
# bg: workshop
Day four comes in with rain on the canopy. Yesterday the tables decided what went into the vats; today the vats are yours again, and so is whatever they do. # sfx: bubble # when: day >= 4, day < 5
{
- torus_outbreak.muted:
    Jalen is the first up the stairs, dripping, and doesn't sit down.
    "You turned the alarms off on the second day. Four thousand people didn't agree to stop knowing what was happening in their own mouths." # speaker: Jalen # expression: determined
    "They were frightened. I thought I was helping." # speaker: Torus # expression: worried
    "You were helping the festival." # speaker: Jalen # expression: determined
- torus_outbreak.flooded:
    Half the faces on the stairs smile at you with tea-brown teeth and a taste in their mouths like licking a coin. Nobody blames you out loud. Yet.
- torus_outbreak.calibrated && sensor_vote != "open":
    Jalen is the first up the stairs, and he reads your wall before he reads you. "The gathering voted not to read anyone's mouth without asking. You pushed a calibration that reads every one." # speaker: Jalen # expression: determined
    "It reads. It doesn't tell anyone. Not yet." # speaker: Torus # expression: wry
    "Then make sure 'not yet' is a promise." # speaker: Jalen # expression: determined
- sensor_vote == "open":
    The feeds on your wall are sharp now, mouth by mouth, as the gathering voted, and people climb the stairs to see their own line, as if it were a horoscope.
- else:
    The feeds on your wall show only the mouths whose owners offered them, and people climb the stairs to offer theirs and see their own line, as if it were a horoscope.
}
Kara is at the window with paint on her wrists, waiting for the probe you promised her, so the wall can taste the {gel_recipe == "sterile":rinse|gel} and the hub can watch it work. You always build Kara the tool before she has finished asking.
{gel_recipe == "plain":Yesterday's plain gel has a problem nobody warned the tables about. Your strain is a good tenant but a poor settler: it holds its ground while people keep taking it, and fades within weeks once they stop.|Your own strain waits in the cold room: a good tenant but a poor settler, which holds its ground only while people keep taking it.} # fact: Probiotic Streptococcus salivarius strains tend to disappear from the mouth within weeks after people stop taking them, so any benefit fades once the dosing stops.
Sefa has the second batch cooled and jarred by ten. "Where does it go?" she asks, and the question sits there like the rain.
* (measured) [Only where the implants ask for it, a little at a time # role: torus]
    ~ apply("implant_sensor", 0.6)
    ~ give_torus_gel(0.3)
    ~ pass(300)
    You follow the feeds, not the queue: a dab where a reading sags, nothing where it doesn't, and a consent line signed with a thumb, because Jalen is right about that. Every treated mouth reports back within the hour and the next dose follows what it says. It is slow. It is the first thing all week that has felt like science. # sfx: pour
* (everyone) [Double the dose, every door in the hub, before the rain stops # role: torus]
    ~ give_torus_gel(1.0)
    ~ pass(300)
    Thirty volunteers go door to door under umbrellas. {gel_recipe == "sterile":Bottle after bottle of antiseptic, twice the strength of yesterday.|By noon there's hardly a mouth in the hub without a second, larger helping of your culture in it.} Jalen watches the volunteers go and stops writing, which is worse than arguing. # sfx: pour
* (sweetened) [Set it in fig syrup so the children will take it # role: torus]
    ~ give_torus_gel(0.3)
    ~ apply("sugar_feast", 0.8)
    ~ pass(300)
    The children spat yesterday's dose out, so you set the new one in fig syrup from the Lane. They come back for seconds, and thirds, and lick the spoons clean. # sfx: pour
- -> mural_beat ->
-> side_effects

= side_effects
By mid-afternoon the first complaints climb your stairs, ahead of the evening's crowd.
{ gel_recipe:
- "blended": {share("K") * 100 >= 3:White patches of Candida on tongues. # when: share K >= 0.03|Sore tongues, a few with white patches of Candida. # when: share K < 0.03} {share("P") * 1000 >= 1:Gums that bleed at a touch. # when: share P >= 0.001|Gums that sting. # when: share P < 0.001} The festival's flora brought its own troublemakers, and you bottled them.
- "plain": A few complaints of a chalky taste, nothing worse. But the readings are turning slowly, and people want faster.
- else: Teeth stained tea-brown, a flat metal taste in every mouth, and {mural() == "scorched":a strange hush on the implant wall # when: scorched|an uneasy flicker on the implant wall # when: not scorched}: fewer species, and in what grows back the rinse-tolerant yeasts and lactobacilli hold a bigger share.
}
{ torus_gel.sweetened:
    And wherever the fig syrup went, the enamel readings are dropping. Under your lens the yeast from those mouths comes up furred in glue. # fact: With plenty of sugar, Streptococcus mutans coats Candida albicans in sticky glucans; together they build a denser biofilm than either alone, and in animal studies cause more severe decay.
}
Kara's probe turns your {gel_recipe == "sterile":rinse's|gel's} work into colour on the wall for the whole hub to watch. {mural() == "serene" || mural() == "vibrant":Today the colour is good, and nobody on your stairs believes it. # when: serene or vibrant|Today that is not a comfort. # when: not serene, not vibrant}
"Tell me what you're going to do, Torus. Not what you're going to make. Do." # speaker: Elara # expression: determined
* (stronger) [Another round, stronger: the complaints only mean it hasn't taken yet # role: torus]
    ~ give_torus_gel(1.0)
    ~ pass(420)
    Full strength. Same jars, same doors, same volunteers, wetter. If a little helped, more will help more: you write that in the log and don't underline it. Elara watches you instead of the feeds.
* (stopped) [Stop dosing: cooler shut, and only water and plain arginine go out # role: torus]
    ~ apply("saliva_boost", 0.6)
    ~ apply("arginine_gel", 0.5)
    ~ pass(480)
    Cooler shut, lid taped, back in the cold room. Out go water flasks and the one ingredient with nothing alive in it: arginine, a pea on a spoon. Log entry, one line: DOSING STOPPED. The hardest thing you've done all week: less, deliberately, and well. # fact: Some oral streptococci break arginine down into ammonia through the arginine deiminase pathway, and ammonia neutralises the acid that plaque bacteria make from sugar.
* (sleepless) [Say nothing; keep the crew at the vats round the clock on sweet tea # role: torus]
    ~ apply("dry_mouth", 1.0)
    ~ apply("sugar_feast", 0.6)
    ~ pass(480)
    You don't answer her. Sefa and the volunteers stay at the vats into the night: honeyed tea, nerves, a batch every two hours. The hub watches its inventor run, and starts running too.
- -> mural_beat ->
->->

=== torus_ritual ===
Ama catches you at the edge of the Commons as it empties, still holding her jaw, and behind her a knot of people who have worn your implants for three years and never once asked what is inside them. # bg: night
* (casing) [Open an implant on your knee and pass its parts round the circle # role: torus]
    ~ apply("saliva_boost", 0.4)
    ~ pass(60)
    A sliver of glass, a copper coil, a cell the size of a lentil. It goes from hand to hand round the ring and comes back warm. Ama is the last to hold it. "That's all?" "That's all." Along the front row, jaws loosen.
* (promised) [Promise a better implant by next festival, one that cures by itself # role: torus]
    ~ apply("implant_sensor", 0.3)
    ~ pass(60)
    They cheer, which is more than you hoped for. You have not drawn a line of it yet, and Elara's look says she knows.
* (streets) [Read tonight's numbers off your wrist, street by street # role: torus]
    ~ apply("dry_mouth", 0.3)
    ~ pass(60)
    You mean it as honesty. Each street hears its own number in front of its neighbours, and goes quiet, and the singing takes an hour to find its way back.
- Then you climb back to the workshop alone. Somebody has to watch what the Bowl did tonight, and you built the thing that watches.
{ torus_gel.side_effects.stronger && gel_recipe == "blended":
    On the stairs a woman you dosed twice shows you her gums without a word. They are the colour of a bruise.
}
{ torus_gel.measured || torus_gel.side_effects.stopped:
    People nod to you in the street on the way. Some show you the steady line of their own implant reading, the way you'd show a photograph of a child.
}
The feeds are quiet, but not asleep. In the cold room the week sits in its jars: your strain, Kara's crate of starters, a tin of honey somebody left.
Mirela follows you up, slowly, and sits on your cot without asking. "The Bowl was for everyone," she says. "What's the one thing you do tonight?" # speaker: Mirela
* (sensor_gift) [Take sensors and plain arginine down to the night relay # role: torus]
    ~ apply("implant_sensor", 0.8)
    ~ apply("arginine_gel", 0.5)
    ~ apply("probiotic_gel", 0.3)
    ~ pass(300)
    You carry a box of sensors and a pot of plain arginine gel down to the Care Hall and fit anyone who wants one, a pea of gel on a clean spoon for the ones whose readings sag. By dawn sixty more mouths can tell you the truth, and you can answer them in small doses.
* (honey) [Open the workshop to everyone who can't sleep: honey tea and the feeds till dawn # role: torus]
    ~ apply("sugar_feast", 0.6)
    ~ apply("dry_mouth", 0.8)
    ~ pass(300)
    Kettle on. Honey jar beside it, lid off. Half the hub can't sleep, and they come up the stairs to sit by the glowing feeds: forty within the hour, sixty by first light, cups refilled on the hour. Mirela takes one and doesn't drink it.
* (back_row) [Go home, and sleep for the first time in four days # role: torus]
    ~ apply("saliva_boost", 0.3)
    ~ pass(360)
    You leave the feeds running, drink a glass of water and sleep like a felled tree. It helps a little. It is not a plan.
- -> mural_beat ->
-> words

= words
Before noon Jalen is at the workshop door with the third of his three lines in his hand: watch what it does. He wants your dose log for the public record, all of it. # when: day >= 6, day < 6.5
Elara is behind him. She has trusted you all week and hasn't said so once.
* (owned) [Publish everything, your mistakes first # role: torus]
    ~ apply("saliva_boost", 0.5)
    ~ pass(120)
    You write it at the top of the page, before the numbers: {gel_recipe == "blended":that you stirred the festival's flora into a cure and didn't stop when the microscope told you what else was in it.|{gel_recipe == "sterile":that you scrubbed the hub's mouths bare to feel in control.|that you were proud of being fast, and fast wasn't the same as right.}} {torus_outbreak.muted:That you silenced their alarms. }By evening it is pinned beside Jalen's three lines. People read it and breathe out, and for the first time in days, jaws unclench.
* (defended) [Publish the numbers that show it worked # role: torus]
    ~ apply("dry_mouth", 0.4)
    ~ pass(120)
    You give him the good numbers. Jalen asks, quietly, for the rest. It turns into an argument on the seed-library steps, and the hub hears every word. Jaws tighten. Mouths go dry.
* (silent) [Hand him nothing yet # role: torus]
    ~ pass(150)
    "Later," you say, and shut the door. Jalen doesn't knock again. The hub gets through the morning neither comforted nor angry, and the plaque in four thousand mouths carries on as it was.
- ->->

=== torus_aftermath ===
# bg: aftermath
Your own road home from the assembly goes up the workshop stairs. {implant_rule == "off":The assembly has switched your implants off, street by street, and the whispering rewrite with them;|{implant_rule == "board":The assembly wants every reading on the wall by name, which your whispering rewrite was built not to do;|The whispering rewrite is done and out in the hub;}} on the bench sits the next one, with room inside it to do more than listen.
{
- torus_ritual.words.owned:
    "You put your mistakes at the top of the page," Jalen tells you, setting a cup of real tea on your bench. "That buys you a lot of patience. Don't spend it all on one prototype." # speaker: Jalen # expression: wry
- torus_ritual.words.defended:
    Jalen sends you his notes rather than coming himself. They are fair. That is somehow worse.
- else:
    Jalen comes by with a draft of the new safeguards and asks you to read the part about implants. He doesn't mention the dose log you never handed over.
}
Kara wants a palette of probes, one per neighbourhood, so the mural can become everyone's canvas. Elara wants a sensor that can tell her who needs a visit without telling anyone else.
The question is what the refined implant should do when a mouth whispers that it's in trouble.
* (closed_loop) [Build it to ask: opt-in, a grain of arginine at a dip, a word to its owner and nobody else # role: torus]
    ~ apply("implant_sensor", 1.0)
    ~ apply("arginine_gel", 0.6)
    ~ apply("fluoride", 0.5)
    ~ pass(720)
    Small. Watched. Wakes below pH 6. Releases one grain of arginine. Tells its owner, nobody else, unless told to. Fluoride in the casing, because the boring answers are usually right. {implant_rule == "off":Jalen signs the spec on one condition: it goes only into mouths whose owners come up the stairs and ask. Within the week, sixty have.|Jalen signs the spec.}
* (auto_dose) [Build it to act: a reservoir of the tables' {gel_recipe == "sterile":rinse|gel} behind the molar, a dose at every dip, no waiting to be asked # role: torus]
    ~ give_torus_gel(1.0)
    ~ pass(320)
    ~ give_torus_gel(1.0)
    ~ pass(320)
    ~ give_torus_gel(1.0)
    ~ pass(320)
    Reservoir: the size of a lentil. Fill: the tables' own vats{gel_recipe == "blended":, the blend, every passenger included|{gel_recipe == "sterile":, the rinse, full strength|, the plain gel}}. Trigger: any dip, any hour. Nobody decides; that was the point. {implant_rule == "off":The assembly switched the old implants off. These are new, you tell Sefa, and she fits them in every mouth that opens for her.|Three hundred fitted within the week.} The log writes itself.
* (shelved) [Shelve the new implant and spend the week at the Lane's tables # role: torus]
    ~ apply("sugar_feast", 1.0)
    ~ apply("dry_mouth", 0.8)
    ~ pass(600)
    ~ apply("sugar_feast", 1.0)
    ~ pass(360)
    You're done being the hub's emergency. The prototype goes in a drawer, and you eat your way down the Lane with Sefa {everyday_rule == "lane":from noon till the lanterns, as the assembly allowed|at every hour the stalls will serve you}, a second festival of your own to make up for the first. Whatever the implants have to say goes unheard under the music. You don't sleep, not really.
- Whatever you built, you build Kara her probes, one per street, and by the end of the month the wall is painted by a hundred hands, each neighbourhood's colour its own.
->->

// Torus's closing scene for the ending the simulation chose. A tunnel from endings.
=== torus_epilogue ===
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- else: -> scorched
}

= flourishing
A year on, the implant wall is dull to look at: the best thing you have ever built.
The lines sit near seven. After supper they dip and come back within the hour, the shape Stephan drew two hundred years ago for healthy plaque. Nobody calls you at night. # when: serene or vibrant
You have written the paper honestly. {gel_recipe == "plain":The plain gel helped, but your salivarius strain faded from most mouths within weeks of the last dose, as such strains do; the arginine did more, because the hub's own streptococci could keep turning it into ammonia.|The gel was not the hero, whatever the hub says.} Most of the rescue was the weather: water between meals, sweets at supper instead of all evening, brushing circles, fluoride. The paper's last figure is a kitchen clock. # fact: Plaque is a community: when sugar, saliva and acidity return to normal, the balance of its bacteria tends to return too.
{torus_aftermath.closed_loop:Your new implants sit in four thousand mouths now, and two thousand more in Lowmarsh, asleep nearly all the time. You are prouder of the sleeping than of anything they do awake.|Elara asks you to refine the implants next spring. You say yes before she finishes the sentence, and this time you mean to go slowly.}
You label the last jar of gel in careful capitals: SMALL DOSES, WATCHED. The best thing you've invented, and half of it was restraint.
At the festival, Kara hands you a brush and points at a blank panel. You paint a small grey rice-grain in a crowd of green. It is, everyone agrees, terrible art.
->->

= fragile
Elara's Tuesday talks last all autumn. You watch it on the feeds every morning before tea.
Most mouths in the hub sit near the old balance, but the acid dips after sugar run a little deeper and slower than before, and some gums still bleed when brushed. Which way it goes depends on things no gel controls: how often people eat sugar and how much, how well they sleep, whether the water-kitchens stay open once the fright wears off. # when: anxious
{torus_aftermath.shelved:You left the prototype in a drawer for the week the hub most needed it, and you can see the price of that in every slow recovery curve.|You keep the implants listening, and you dose small, and you write down every dose.}
{torus_ritual.words.owned:People still stop you in the street to say they read the log, mistakes first. You try to deserve that daily, which is harder than once.|Some people still cross the street when they see you. You don't blame them.}
A tipped community can recover. A recovered one can tip. Nothing about this ending is final. You find, to your surprise, that you like working on things that aren't finished.
->->

= acid_takeover
By midsummer every implant in the hub reads below five at dusk, and you know the shape of the curve by heart: down after the first sweet of the day, never quite back up before the next.
{torus_outbreak.muted:You silenced the alarms on the second day. You think about that more than anything else.|You keep the alarms loud now. It is late for that.}
{torus_gel.sweetened:The fig syrup was meant to help the cure go down. Instead every dose came with a fresh acid pulse, and the yeast and mutans streptococci thrived on it together.|{torus_gel.side_effects.sleepless || torus_ritual.honey:You kept the hub up on sweet tea and no sleep, and a frightened, dry-mouthed community kept the sugar in its mouth for hours.|The hub ate its way through the fear, and you did not stand in the way.}}
You write the hardest line of the log in capitals and underline it twice: NO GEL OUTRUNS SUGAR EVERY HALF HOUR.
Your one comfort is the old chemostat work: communities that lost control of their pH largely came back when the conditions did. So you start work on an arginine chew with a sugar-free base, and book your own appointment at the Care Hall, for the small chalky spot on your second molar.
->->

= inflamed
The gums of the hub are still swollen in autumn, and you know exactly what went into them. # when: inflamed
{torus_aftermath.auto_dose && gel_recipe == "blended":You built the blend into a reservoir behind the molar and let it dose itself. }{gel_recipe == "blended":You wrote it all down: every jar that went into the blend, every organism it carried. Friendly streptococci, yes. Candida. Lactobacilli. And a sliver of P. gingivalis, which was all it needed.|You never meant to hand out the festival's blend, but it went round anyway, and you did not stop it. You wrote down what was in it, to the last trace of P. gingivalis.}
Your dose log is the worst thing you have ever read: plot the gum readings against the days the blend went out and the two lines climb together.
There is no gel for this. You have stopped looking. What works is slow and has no patent: cleaning at the gumline and below it, week after week. Elara runs gum care every evening. You sit in on the sessions, holding the lamp. # fact: Inflamed gums leak protein-rich fluid that gum bacteria such as P. gingivalis feed on, so cleaning that calms the inflammation also starves them.
Mirela still won't share her starter. She does, one evening, share her tea.
{torus_ritual.words.owned:You put your mistakes at the top of the page the morning after the ritual. You are still owning them, one patient at a time.|You owe the hub an apology you haven't made yet. You start drafting it on the back of the incident report.}
->->

= scorched
The hub is clean. You made sure of that.
{torus_outbreak.flooded || (torus_aftermath.auto_dose && gel_recipe == "sterile"):Rinse after rinse, you chose the antiseptic, because it was the one thing that always did what it promised.|{gel_recipe == "sterile":The tables chose the antiseptic, and you brewed it, batch after batch, because it was the one thing that always did what it promised.|You never pushed the antiseptic yourself, but you didn't stop anyone reaching for it, either.}}
Chlorhexidine is not a villain. For a week or two, under a dentist's eye, it is one of the best tools there is. It was never meant to be the weather. The stains will polish off; the hush on the wall will take longer, weeks of a mouth being left alone to fill up again. # when: scorched
The implant wall is a row of flat lines. Not healthy: quiet.
You lock the antiseptic stores and wear the key on a string around your neck. Then you go to see Mirela.
She gives you a spoonful of her starter without a word, and then another for the next house, and you spend the autumn carrying jars from door to door, a little at a time, watched.
Slowly the lines on your wall start to wobble again. You have never been so glad to see a mess.
->->

// Hand out whichever gel Torus brewed. Call only from a ~ logic line.
=== function give_torus_gel(dose) ===
{ gel_recipe:
- "plain":
    ~ apply("probiotic_gel", dose)
    ~ apply("arginine_gel", dose)
- "blended":
    ~ apply("blended_gel", dose)
- else:
    ~ apply("chlorhexidine", dose)
}

// The classroom cut (acts/classroom.ink), the fifth morning: the dose log.
=== torus_classroom ===
Before noon Jalen is at your workshop door with the third of his three lines in his hand: watch what it does. He wants your dose log for the public record, all of it. # bg: workshop # when: day >= 5, day < 5.5
Elara is behind him. She has trusted you all week and hasn't said so once.
* (owned) [Publish everything, your mistakes first # role: torus]
    ~ apply("saliva_boost", 0.5)
    ~ pass(240)
    You write it at the top of the page, before the numbers: {gel_recipe == "blended":that you brewed the festival's flora into a cure and didn't stop when the microscope told you what else was in it.|{gel_recipe == "sterile":that you filled your vats with antiseptic because it was the one thing sure to do what it promised.|that you were proud of being fast, and fast wasn't the same as right.}} By evening it is pinned beside Jalen's three lines. People read it and breathe out, and for the first time in days, jaws unclench.
* (defended) [Publish the numbers that show it worked # role: torus]
    ~ apply("dry_mouth", 0.4)
    ~ pass(240)
    You give him the good numbers. Jalen asks, quietly, for the rest. It turns into an argument on the seed-library steps, and the hub hears every word.
* (silent) [Hand him nothing yet # role: torus]
    ~ pass(300)
    "Later," you say, and shut the door. Jalen doesn't knock again.
- ->->
