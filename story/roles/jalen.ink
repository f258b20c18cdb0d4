// Jalen Rynn, ethics overseer: safeguards, privacy against collective health,
// governance that can change its mind.
// intro is a tunnel called from the festival; one..four is Jalen's outbreak track.

=== jalen_festival ===
You are Jalen Rynn, and your job is to ask the question nobody wants asked at a party. Who consented to the sensors? Who owns a mouth-culture once it has been shared with four thousand neighbours?
You drafted the festival's safeguards yourself: opt-in readings, clean bowls, the right to share nothing at all. Tonight you are off duty. You keep your tablet in your bag anyway.
By the fountain Sefa has pinned up the sign-up sheet for Torus's new wrist-readers, and beside it the safeguards board, where your rules hang in a print too small to read by lantern-light.
* (sheet) [Take the sign-up sheet round the tables yourself, and read every line of it aloud # role: jalen]
    ~ apply("implant_sensor", 0.2)
    ~ pass(60)
    Table by table, in plain words: what the reader hears, who sees it, how to take your name off again. Most people sign. A few ask you to read it twice, and then sign. Three say no, and you thank them for it in front of their tables.
* (cups) [Chalk the oldest safeguard on every table: a cup of water between two tastes # role: jalen]
    ~ apply("saliva_boost", 0.3)
    ~ pass(60)
    Nobody remembers writing it; you found it in the first festival's minutes. By the lantern-lighting there are water cups beside the jars, and a few people even use them, mostly to rinse the spoon.
* (duty) [Stay off duty: one glass of plum wine, and let the rules keep themselves # role: jalen]
    ~ apply("sugar_snack", 0.4)
    ~ pass(60)
    You sit on the fountain's rim with a glass and a shard of cherry glass Teodor presses on you. The rules keep themselves for an hour. It is the best hour of your year.
- ->->

=== jalen_outbreak ===
# bg: clinic
The Council of Care wants your answer before the day is out. # when: day >= 2.35, day < 3.25
{jalen_festival.sheet: On your desk is last night's sign-up sheet, four hundred names long, each one given with the way to take it back. Nobody on it agreed to anything but their own wrist.}
{jalen_festival.duty: The plum wine is still a taste in your mouth, and so is the thought that the rules kept themselves for an hour, and this is the hour after.}
{ sensor_vote == "open":
    The gathering opened every implant feed to the Guardians this morning, in an hour, by a frightened vote. Now the Council wants the clinic to work from them, house by house. Your own safeguards said readings stay anonymous and opt-in; the vote set them aside until the outbreak is over.
- else:
    The implants could tell the clinic exactly whose mouths are failing. That was never the deal: your own safeguards say readings stay anonymous and opt-in{sensor_vote == "asked":, and this morning the gathering chose to keep them}.
}
* (opened) [{sensor_vote == "open":Let the clinic use the open feeds, but only with consent asked at the door|Open the data to the clinic, with consent asked at the door} #role: jalen]
    ~ apply("implant_sensor", 0.8)
    ~ pass(120)
    You write a one-page consent in plain words and post volunteers at the Care Hall door. Most people say yes. A few say no, and you make sure no costs them nothing. The clinic can see where help is needed.
* (locked) [{sensor_vote == "open":Close the feeds again: nobody's mouth is public|Keep the data locked: nobody's mouth is public} #role: jalen]
    ~ pass(240)
    You hold the line. Promises made in calm are for keeping in storms. The clinic works blind for a day, and the outbreak does not wait for it.
* (totals) [Open nothing, and publish the hub's anonymous total every hour instead #role: jalen]
    ~ apply("implant_sensor", 0.3)
    ~ apply("dry_mouth", 0.3)
    ~ pass(120)
    One number for four thousand mouths, posted on the hour at the seed-library door. Nobody's mouth is exposed, and everybody's is implicated. By evening people check the door the way they check the sky, and clench their jaws when the number drops.
- -> two

= two
The starter-swap tables from the festival are still out along the Commons, and people are still at them: a taste of a neighbour's jar on a clean spoon, the way the hub says hello. Your festival safeguards say a culture is shared by choice. They say nothing about sharing one in an outbreak.
Mirela is at the nearest table with her sixty-year jar. "You'll not take this from us, Jalen. It's the one thing that's ours." # speaker: Mirela
* (swap_on) [Leave the swap as the safeguards wrote it: sharing is each person's own choice #role: jalen]
    ~ apply("blended_gel", 0.6)
    ~ pass(150)
    You change nothing, and say so on the Commons, because a right that lapses at the first fright was never a right. The jars go hand to hand all afternoon, spoon after clean spoon, and every spoon carries whatever the jar carries.
* (swap_labelled) [Write a rule: every jar labelled with its keeper's name, every taste asked for aloud #role: jalen]
    ~ apply("blended_gel", 0.2)
    ~ apply("saliva_boost", 0.2)
    ~ pass(150)
    The rule fits on a card taped to every table. People grumble and write their names on the lids. A taste asked for aloud is a taste some people decline, and by evening the swap is half what it was, and the tables have grown water jugs.
* (swap_closed) [Close the tables, by order, until the Care Hall knows what the jars carry #role: jalen]
    ~ apply("dry_mouth", 0.3)
    ~ apply("saliva_boost", 0.3)
    ~ pass(150)
    The tables fold. Mirela takes her jar home under her coat and does not look at you. The Commons is quieter and more frightened without the swap, and the water-kitchens do a brisk trade in people with nothing else to do with their hands.
- -> three

= three
Evening, and the Commons fills for the feast. # bg: gathering
-> mural_beat ->
The festival's second night is always the Great Sweetening: every treat in the Lane, shared at one long table. The Council asks whether it should go ahead, and if it does, on whose terms.
* (posted) [Let it go ahead on terms: one sitting, water on every table, paste by the door #role: jalen]
    ~ apply("sugar_snack", 0.4)
    ~ apply("fluoride", 0.5)
    ~ pass(180)
    You write the terms the way you write everything, short enough to read between courses, with nothing in them that cannot be kept: one sitting, not an evening; water on every table; paste by the door for whoever wants it. People eat their cake. Most of them, having read the terms, eat it once. # fact: How much sugar and how often both matter: the same sweets eaten at one sitting start one acid dip, spread over an evening they start many.
* (let_run) [Let it run as it always has: the festival is theirs #role: jalen]
    ~ apply("sugar_feast", 1.0)
    ~ pass(180)
    You say nothing, on the principle that a festival belongs to the people holding it, and the principle holds until midnight: tart after tart, toast after toast, and the long table never once cleared.
* (cancelled) [Cancel it, by order #role: jalen]
    ~ apply("meal", 0.6)
    ~ apply("dry_mouth", 0.5)
    ~ pass(180)
    The feast is off; the food is served as plain supper. Nobody thanks you. Four thousand people chew plain bread with their jaws set, and lick dry lips between the speeches.
- -> four

= four
# bg: night
The night council meets in the seed library, exhausted. They want a rule, and they want it before anyone sleeps.
* (rule) [Write a rule that can change, reviewed each dawn #role: jalen]
    ~ apply("saliva_boost", 0.5)
    ~ apply("probiotic_gel", 0.5)
    ~ pass(300)
    Three lines: say what's in it, ask before you give it, watch what it does. Underneath, smaller: reviewed every dawn, in public, with the mural as witness. The first act under it is modest: water and plain probiotic at the Care Hall for whoever wants them.
* (standing) [Write the order they ask for: stalls and swaps shut, curfew at dark, until the Council says otherwise #role: jalen]
    ~ apply("meal", 0.5)
    ~ apply("dry_mouth", 0.6)
    ~ pass(300)
    Four clauses, and no end date. It is the easiest rule you have ever written, because it asks nothing of the people who vote for it. By midnight the Lane is shuttered and the streets are empty, and behind four thousand drawn curtains the hub lies awake, listening for the chime.
* (adjourned) [Adjourn; everyone needs sleep more than rules #role: jalen]
    ~ apply("dry_mouth", 0.5)
    ~ apply("sugar_snack", 0.5)
    ~ pass(330)
    You send everyone to bed. The hub sleeps badly, jaws clenched, mouths dry, nibbling at the feast's leftovers in the small hours, while the plaque goes on deciding things without you.
- ->->


// ---- Act three: the gel (day 4, before the evening at the wall). Labels remember Jalen's protocol. ----

=== jalen_gel ===
The fourth morning. Rain drums on the canopy, and your three lines on the seed-library door have collected a fourth in another hand: AND HURRY UP. # bg: workshop # when: day >= 4, day < 5
{
- jalen_outbreak.opened:
    The clinic's map glows in Torus's workshop: consented mouths only, no names, pins where help is needed. {sensor_vote == "open":Forty-one people came to the door to take their open feeds back;|Forty-one people said no at the door;} you filed their no's as carefully as anyone's yes.
- jalen_outbreak.locked:
    "I spent two days treating mouths I couldn't see. I kept your promise for you, Jalen. Tell me it was worth keeping." # speaker: Elara # expression: worried
    "It was worth keeping. Ask me in a week whether it was worth the price." # speaker: Jalen # expression: wry
- else:
    The hourly total on the seed-library door has a crowd in front of it even in the rain. {jalen_outbreak.four.standing:Beside it hangs your curfew order, and under its last clause someone has written in pencil: UNTIL WHEN?|Someone has chalked an arrow beside it, pointing down.}
    {
    - mural() == "scorched":
        The number is very low and very still. You distrust a quiet that arrives on schedule. # when: scorched
    - else:
        The number moves every hour, and people read each move as a verdict. # when: not scorched
    }
}
{ gel_recipe:
- "blended": The tables chose the blend, festival jars and all.
- "sterile": The tables chose to sterilise first, and the vats still smell of coins.
- else: The tables chose the plain gel: one strain and arginine.
}
Torus wants a second, bigger round today; the festival jars still sit in Kara's crate by the vats. He wants your signature more than he wants breakfast.
"Four thousand mouths, two good gels, and you with a clipboard." # speaker: Torus # expression: wry
"A tablet. Clipboards are for people who can't be hacked." # speaker: Jalen # expression: wry
"Whatever we choose, we don't scrub them empty. A week of rinse leaves a mouth quieter, sourer and worse at buffering than it found it." # speaker: Elara # expression: determined # fact: In a 2020 study of healthy volunteers, a week of twice-daily chlorhexidine mouthwash shifted the mix of their oral bacteria and made their saliva more acidic, with less buffering capacity.
* (g_watched) [Small doses, watched: the plain gel, with consent they can take back # role: jalen]
    ~ apply("probiotic_gel", 0.5)
    ~ apply("arginine_gel", 0.6)
    ~ apply("implant_sensor", 0.4)
    ~ pass(300)
    You write the protocol on the back of a seed catalogue. {gel_recipe == "plain":Plain gel only.|Not what the tables brewed: the one strain and the arginine from the sacks, and nothing else.} Consent in words a ten-year-old could repeat. A green token to say yes, and a red one in every pocket, to drop in any bowl at any hour to say stop. Readings go to the person first, and to the table only if they allow it.
    "Slower than I'd like." # speaker: Torus # expression: wry
    "Slow is how you know people meant it." # speaker: Jalen # expression: calm
* (g_signed) [Sign Torus's order as written: the second round at every door today, and a yes presumed unless someone says no # role: jalen]
    ~ hub_gel(0.9)
    ~ pass(300)
    You sign it, on one condition: that at every door the volunteers say what is in the jar. They do, at first. By noon the saying has worn down to a word, and a neighbour in the rain holding out a spoon is hard to refuse. That evening you count the no's: eleven, in four thousand. You know exactly what that number measures.
* (g_hearing) [Nothing more leaves the workshop until the full Council votes # role: jalen]
    ~ apply("dry_mouth", 0.6)
    ~ apply("sugar_snack", 0.6)
    ~ pass(420)
    The hearing fills the seed library all day, with tea and a bottomless tray of festival biscuits. You watch jaws tighten, lips go dry, hands drift back to the biscuits, and note that hearings about mouths are very bad for mouths.
- -> mural_beat ->
-> afternoon

= afternoon
By afternoon the side effects outrun the results. # bg: gathering
Under Torus's microscope a smear from the festival jars is a crowded city: friendly streptococci, budding yeast, lactobacilli, and dark rods that like an angry gum. "P. gingivalis," he says. "Under one percent." # fact: In experiments with mice, Porphyromonas gingivalis at well under one percent of the plaque bacteria was enough to change the whole community and cause bone loss around the teeth.
"Under one percent is plenty, if it's the right one percent." # speaker: Elara # expression: worried
{
- gel_recipe == "blended" || jalen_outbreak.two.swap_on:
    And it is in the hub, because {jalen_outbreak.two.swap_on:you left the swap tables open|the tables voted for it{g_signed:, and you signed a second round of it| and you let it through}}. The Care Hall queue is {share("K") * 100 >= 3:furred tongues# when: share K >= 0.03|sore tongues, a few furred white# when: share K < 0.03}{share("P") * 1000 >= 1: and gums bleeding into the cups# when: share P >= 0.001|, and gums that sting# when: share P < 0.001}. Torus doesn't say you approved it. He doesn't need to.
- g_signed && gel_recipe == "sterile":
    The second round of rinse went into every mouth that did not say no. Stained teeth, a flat metal taste, and on the implant wall a hush; what creeps back is fewer kinds, with the hardiest holding a bigger share.
- g_hearing:
    The vote passes at dusk, by two. The gel will reach mouths that have spent a day waiting, dry and nibbling. It is help, and it is late.
- else:
    The plain gel's readings come in slow and honest: after meals, treated mouths bounce back from the acid dip instead of sulking in it. {share("K") * 100 < 3:Hardly anyone who took it has a white tongue. # when: share K < 0.03|The white tongues in the queue are fewer among those who took it. # when: share K >= 0.03}
}
The Commons is crowded in front of Kara's wall, its spirals beating too fast. A councillor, Oren Vell, who has never stood at the front of anything, stands at the front.
"If the wall can read us, let it show us who. Names. Households. Then we'd know where to send help." # speaker: Oren
The crowd likes it. Kara looks at you.
"It's Kara's wall, and every reading on it was given anonymously. Nobody gets their name painted without their say-so. Not in an emergency. Especially not in an emergency." # speaker: Jalen # expression: determined
Oren sits down. Kara doesn't thank you, which is how you know she meant to.
Then Davit Arroway pushes through with Pim on his hip. She is six, and still shows strangers the white patch on her tongue.
"She wants the gel. I want her to have it. Whose yes counts?" # speaker: Davit
* (kids_own_yes) [Pim's own yes, her father beside her, and a red token she can drop any time # role: jalen]
    ~ apply("probiotic_gel", 0.3)
    ~ apply("saliva_boost", 0.4)
    ~ pass(240)
    You kneel and explain it to Pim in four sentences. She asks if it tastes of plums. It doesn't. She says yes anyway, and holds the red token all afternoon, just to have it. That night you write the children's rule: plain gel only, the child's yes and a grown-up's, and stopping is always allowed.
* (kids_parents) [Parents decide; the queue is long and the children are hurting # role: jalen]
    { gel_recipe == "blended":
        ~ apply("blended_gel", 0.5)
    - else:
        ~ apply("arginine_gel", 0.5)
    }
    ~ pass(240)
    Quick, and by the old rules perfectly proper. Pim is dosed before she has finished asking what it is. By dusk the children's queue is gone, and nobody asked a single child anything.
* (kids_wait) [No child gets anything until the trial is done # role: jalen]
    ~ apply("dry_mouth", 0.3)
    ~ apply("sugar_snack", 0.4)
    ~ pass(300)
    Pim cries. Davit just looks at you, then buys her a honey-stick, because you have given him nothing else to give. The rule protects every child from a risk, and none of them from waiting.
- ->->

// ---- Act four: the ritual (day 5 and its night). Jalen is asked for the closing words. ----

=== jalen_ritual ===
{ritual_night == "home":At midnight, as the crowd starts for home, Mirela Vasque catches you at the Commons' edge|Before the night is out, Mirela Vasque finds you at the Commons' edge} with her wooden paddle under her arm. # bg: ritual
"You've written rules all week. Now write the words we close on. Something people can carry home in their mouths." # speaker: Mirela
{
- jalen_gel.g_watched:
    "Forty-three red tokens in the bowls. Forty-three people changed their minds and nobody made them explain. I hate that it worked." # speaker: Torus # expression: wry
- jalen_gel.g_hearing:
    Someone behind you asks, not quietly, whether the words will need a vote. There is laughter. You have earned it.
- gel_recipe == "blended" && jalen_outbreak.two.swap_on:
    "You left the swap open and the tables brewed what it passed round. Don't write me out of the blame, or yourself." # speaker: Torus # expression: determined
    "I'm writing us both in. Small print." # speaker: Jalen # expression: wry
- jalen_gel.g_signed && gel_recipe == "sterile":
    Half the Commons is stained tea-brown, smiling with closed lips. Elara squeezes your arm on her way past and says nothing, which is worse.
- else:
    Elara raises her water cup to you across the crowd. From her, that is a speech.
}
{jalen_gel.afternoon.kids_own_yes:Pim is asleep on her father's shoulder, the red token on a string around her neck like a medal.}
The festival's closing words, put off since the chime, come at last, by tradition with honey-bread passed hand to hand. This week that is also a question. # fact: The World Health Organization recommends keeping free sugars below 10% of daily energy intake, and suggests below 5% for further benefit, partly to protect teeth.
You have a pencil, the back of Mirela's song sheet, and four minutes.
* (r_vow) [A vow of small things: water, brushing, sweets at supper # role: jalen]
    ~ apply("saliva_boost", 0.6)
    ~ apply("brushing", 0.6)
    ~ apply("fluoride", 0.4)
    ~ apply("meal", 0.6)
    ~ pass(360)
    You write it so it scans: Water between, and sweets at the table. Brush when the lanterns are lit. I share what I choose, and I can choose again. {ritual_night == "home":The few hundred still on the Commons say it back, badly in time, and carry it home to the rest,|Four thousand people say it back, badly in time,} and the bread waits for breakfast.
* (r_honey) [Let it end as it always has, in honey-bread # role: jalen]
    ~ apply("sugar_feast", 0.8)
    ~ pass(360)
    "The old words are good words." The honey-bread goes round, and round again, on a condition nobody says aloud and everybody keeps: that the night should not end. It ends at noon, with the last crust.
* (r_ledger) [Read the ledger aloud: which households carried what # role: jalen]
    ~ apply("dry_mouth", 0.7)
    ~ apply("sugar_snack", 0.3)
    ~ pass(360)
    The Council wanted a reckoning: which starters carried yeast, whose bowls seeded the rest. No names, only house-marks, but everyone knows the marks. The Commons goes quiet enough to hear jaws clench. You will regret this one for a long time.
- -> mural_beat ->
->->

// ---- Act five: the aftermath. The assembly set the rules; Jalen writes the small print and chairs the first review. ----

=== jalen_aftermath ===
That night the seed library is yours alone. Three drafts on your desk are labelled FINAL. # bg: aftermath
{implant_rule:
- "charter": "Your safeguards are in the firmware now," Torus says from the door. "You'll have to find something else to worry about." # speaker: Torus # expression: wry
- "board": "The names go up on the wall at dawn," Torus says from the door. "I built it to whisper. They voted for a shout." # speaker: Torus # expression: worried
- else: "The last implant went dark an hour ago," Torus says from the door. "Your safeguards have nothing left to guard. You'll have to find something else to worry about." # speaker: Torus # expression: wry
}
"I'll manage." # speaker: Jalen
You already have. The assembly decided the future. Nobody decided the past: {jalen_outbreak.opened or jalen_gel.g_watched:the readings people shared in the bad days, still warm on the clinic server. They helped. That is exactly what makes them dangerous.|a week of hub-wide readings, anonymous but pooled, that everyone is suddenly keen to keep.} # discuss: Should health data gathered in an emergency expire when the emergency ends? Who may keep it, and who decides the crisis is over?
* (a_expire) [Readings expire in thirty days unless each person renews them # role: jalen]
    ~ apply("implant_sensor", 0.4)
    ~ pass(240)
    Thirty days, then they dissolve, unless you renew with a tap on your own implant. Enough people do that the clinic still sees the shape of the hub, just not anyone in it.
* (a_delete) [Delete them tonight, every one, in public # role: jalen]
    ~ apply("saliva_boost", 0.3)
    ~ pass(240)
    You delete them on the Commons' big screen, to cheers, and the Commons breathes out. Next time the clinic starts from nothing, and you write that down too.
* (a_keep) [Keep them pooled, for the next emergency # role: jalen]
    ~ apply("implant_sensor", 0.8)
    ~ apply("dry_mouth", 0.4)
    ~ pass(240)
    Prudent. The clinic's map stays sharp. But word gets round, and people stop opening their mouths quite so freely, in every sense.
- The next evening you chair the first review. Elara brings the health dialogues' notes; Kara brings paint on her sleeves. The assembly has voted the everyday. What is left is the week's emergency rules, written in a hurry, many in your hand, for a frightened hub. Some were good. None of them says when it ends.
* (a_charter) [Rewrite each one as an ordinary rule: care first, consent withdrawable, a review date on every clause # role: jalen]
    ~ apply("saliva_boost", 0.5)
    ~ apply("fluoride", 0.5)
    ~ apply("arginine_gel", 0.4)
    ~ apply("meal", 0.6)
    ~ pass(1080)
    One page. Water-kitchens and brushing circles funded first. Sweets at supper, asked rather than ordered. Any gel climbs a ladder: ten mouths, a hundred, everyone, watched at each rung. Consent withdrawn with a word. Data that expires. Every rule carries the date it will be argued over again. You used to think your job was saying no. It is building a place where yes and no can both be said twice.
* (a_extend) [Extend them all as they stand, and revisit when there's time # role: jalen]
    ~ apply("brushing", 0.3)
    ~ apply("sugar_snack", 0.4)
    ~ pass(1080)
    The rules stay, tired and half-obeyed, under a sticky note that says REVIEW. Provided nobody asks, they will go on being rules; nobody asks. The Lane's stalls creep back one by one, and there is never quite time.
* (a_lapse) [Let every one of them lapse at midnight, as your own safeguards promised # role: jalen]
    ~ apply("sugar_feast", 0.8)
    ~ pass(1080)
    A rule made in fear should not outlive the fear; you wrote that into the safeguards years ago. So at midnight the stall hours lapse, and the water on the tables, and the labels on the jars. {everyday_rule == "lane":The Lane was open already; now nothing asks it to pause.|The assembly's everyday rule still stands, on paper and in most kitchens; between its hours the Lane serves whoever comes.} The hub grazes happily into the night, and nobody can say you broke a promise.
- -> mural_beat ->
->->

// Jalen's closing scene for the ending the simulation chose. A tunnel from endings.
=== jalen_epilogue ===
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- else: -> scorched
}
= flourishing
A month on, someone has crossed out a line of your rules on the seed-library door and written a better one in green ink. That is what the door is for.
The hub's governance is small and slightly alive, like everything else here. {implant_rule:
- "board": The names came off the wall by the second review, by a vote nobody had to be talked into; now readings live in the mouth they came from and leave only with permission, for a stated time.
- "off": The implants stay dark, by the assembly's vote, and nobody has asked to wake them; what the clinic knows, people tell it.
- else: Readings live in the mouth they came from and leave only with permission, for a stated time.
}
{jalen_aftermath.a_delete:The crisis readings are gone; next time the clinic will ask again, and people will know what the asking means.|Old readings dissolve on schedule, and the clinic's map blurs back to a shape without faces.} New gels go to ten mouths, then a hundred, watched at every rung. Children say their own yes. Anyone can drop a red token in any bowl, and nobody asks why.
Every new moon the rules are read aloud at Elara's health dialogue, and at least one changes. Torus calls it inefficient; Elara calls it tending. {jalen_gel.afternoon.kids_own_yes:Pim, six and three-quarters, has applied to sit on the children's panel. You have said yes, provisionally, pending review.}
Kara's lower third is full of other people's brushstrokes, none of them signed{implant_rule == "board":, where the names used to hang}.
You were a gatekeeper once. Now you mostly keep the hinges oiled.
->->
= fragile
The emergency ends on paper before it ends in mouths. The readings hover: mostly home, thin at the edges. # when: anxious
So does the governance. The emergency rules are extended a week, then another, and fewer people come to each review. Your review clauses exist in three reasonable drafts, none of them adopted. {jalen_aftermath.a_keep:The pooled readings are still on the clinic server, and you notice you have stopped asking whether they should be.|At least the crisis readings are out of the clinic's hands; you made sure of that much.}
A safeguard that arrives late protects less than it promises. A balance can tip either way, and so can a constitution.
"Come to my brushing circle on Thursday. Not to write anything. To brush." # speaker: Elara
You go, with your drafts in your bag anyway. At the end you ask the circle when the emergency rules should expire, and they tell you, out loud. It is the first rule anyone has asked you for.
->->
= acid_takeover
The orange has settled into the mural's lower panels. # when: acidic
The hub's governance, in the end, is almost nothing: the emergency rules lapsed, {everyday_rule == "lane" || implant_rule == "off" || jalen_aftermath.a_lapse:the Lane reopened all day,|the Lane kept its hours on paper and grazed around them,} and {implant_rule == "charter" || jalen_aftermath.a_charter:the charter hangs on the seed-library door, signed by everyone and read by nobody.|your protections stayed on your tablet, unsigned because nobody asked for them.} {sensor_vote == "open" || implant_rule == "board":The hub read every mouth in it, by vote, and the readings did not stop the sugar. Reading a community turned out to be easier than asking it to change, and no more use.|You kept everyone's privacy perfectly. Nobody's mouth was read without permission. It turns out you can respect every person in a community and still fail the community.}
"An order never sweetened anything." # speaker: Mirela
So you write the reason instead of the rule: what an afternoon of grazing does to plaque, hour by hour; why one sweet at supper is a different animal from ten before it.
Torus offers to put it on every implant. "Only for those who ask," you say, and for once he doesn't argue.
By the new moon, forty households have asked. It is not a rule. It is better, or at least slower: a reason people can carry home, set down, and pick up again.
->->
= inflamed
The gums cool slowly, and so do tempers. The Care Hall fills each evening with people holding ice to their jaws. # when: inflamed
The governance that comes out of it is stern and, you hope, kind. Nothing goes into four thousand mouths that has not gone into ten, watched, then a hundred. Every shared culture carries a label of what is in it, counted by Torus and checked by someone who isn't Torus. {everyday_rule == "pots" && gel_recipe == "blended":The pot of blend on every kitchen shelf, which the assembly voted for and you wrote into the small print, is the first thing the new rule un-writes. You move the motion yourself, in public.|The Passing of the Bowl survives, because Mirela takes her starter down from the high shelf in the end, but the Bowl now holds a tested starter, and the right to pass it untasted is read aloud first.}
Torus spars with you over every clause, which is how you know he has read them.
"You'll strangle the next good idea." # speaker: Torus # expression: wry
"Then it can climb the ladder and prove me wrong. I'd like that." # speaker: Jalen # expression: hopeful
At the bottom, in your own hand: this rule expires in a year unless we choose it again.
->->
= scorched
{
- jalen_gel.g_signed && gel_recipe == "sterile":
    You signed the second round of rinse with a yes presumed, and the presumption did exactly what you wrote. The implants hear almost nothing.
- sensor_vote == "rinse" || gel_recipe == "sterile" || ritual_bowl == "rinse" || everyday_rule == "rinse_day":
    The hub voted for its rinses, one vote at a time, with you in the chair. None of them was yours alone; none of them broke a rule. The implants hear almost nothing.
- else:
    You never signed a rinse order yourself. It turns out not to matter. The implants hear almost nothing.
}
The hub's new governance begins as an apology: no mandate may sterilise what it cannot replace. Every order carries its own sunset and a plan for afterwards, and an antiseptic order needs three signatures, one of them Elara's, none of them yours alone.
Then it becomes a library. The old starters are declared a commons: held by the households that kept them, lent by choice, never seized. When Mirela goes door to door with her sixty-year starter asking for a spoonful back, you walk behind her with a consent form the size of a postcard, and you mean the box that says no.
Some houses say no. You thank them exactly as warmly as the others.
Kara rolls the lower third white, on purpose this time. The first colour to come back is a green nobody ordered.
The empty rinse bottle stays on your desk, a paperweight and a warning.
->->

// The classroom cut (acts/classroom.ink), afternoon of day 4: whose yes counts.
=== jalen_classroom ===
By afternoon the Care Hall queue reaches the seed-library door, where your three lines hang in the rain. # bg: gathering # when: day >= 4.5, day < 4.8
Davit Arroway pushes through with Pim on his hip. She is six, and still shows strangers the white patch on her tongue.
"She wants the {gel_recipe == "sterile":rinse|gel}. I want her to have it. Whose yes counts?" # speaker: Davit
* (pims_yes) [Pim's own yes, her father beside her, and a red token she can drop any time # role: jalen]
    ~ apply("probiotic_gel", 0.3)
    ~ apply("saliva_boost", 0.4)
    ~ pass(240)
    You kneel and explain it to Pim in four sentences. She asks if it tastes of plums. It doesn't. She says yes anyway, and holds the red token all afternoon, just to have it. That night you write the children's rule: the child's yes and a grown-up's, and stopping is always allowed.
* (parents) [Parents decide; the queue is long and the children are hurting # role: jalen]
    { gel_recipe:
    - "blended":
        ~ apply("blended_gel", 0.5)
    - "sterile":
        ~ apply("chlorhexidine", 0.5)
    - else:
        ~ apply("arginine_gel", 0.5)
    }
    ~ pass(240)
    Quick, and by the old rules perfectly proper. Pim is dosed before she has finished asking what it is. By dusk the children's queue is gone, and nobody asked a single child anything.
* (waits) [No child gets anything until the trial is done # role: jalen]
    ~ apply("dry_mouth", 0.3)
    ~ apply("sugar_snack", 0.4)
    ~ pass(300)
    Pim cries. Davit just looks at you, then buys her a honey-stick, because you have given him nothing else to give.
- ->->
