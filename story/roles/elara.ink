// Elara Drosin, Lead Oral Health Guardian: gatherings, shared stories, care.
// Every part is a tunnel. Role-local memory lives in labelled choices
// (e.g. elara_outbreak.closed_stalls, elara_gel.turmoil.asked_habits); no new VARs.
// Minor hub person introduced here: Quilla Fenn, who keeps a honey stall on the Lane.
// (Teodor Vance, Pim Arroway and Ama Osei come from acts/outbreak.ink.)

=== elara_festival ===
You are Elara Drosin, Lead Oral Health Guardian, and this is your eleventh festival. You still carry your own starter in your breast pocket, warm against your heart.
Tonight your job is mostly hugging: welcoming new starters, checking the sharing bowls are clean, reminding people that a mouth is an ecosystem, not a battlefield. People listen when you tell it as a story. So you always tell it as a story.
Quilla Fenn waves a honey spoon at you from her stall, the way she has every year since you were both young enough to be scolded for it.
* (rounds) [Walk the tables with a water jug and a story # role: elara]
    ~ apply("saliva_boost", 0.3)
    ~ pass(60)
    You go table to table topping up cups and telling the youngest starter-keepers about the garden in their mouths: the quiet ones who keep the peace, the sour ones who wait for sugar, the spit that washes over all of them like weather. A girl asks whether her starter has feelings. You tell her it has neighbours, which is nearly the same thing.
* (guest) [Be a guest for one hour: Quilla's first honey cake is yours # role: elara]
    ~ apply("sugar_snack", 0.4)
    ~ pass(60)
    Eleven festivals of being the responsible one. Tonight you sit on the fountain's rim with Quilla's honey cake and nobody's questions, and let the lanterns do the work. It is lovely. You will remember how lovely, later, when you ask other people to give it up.
- ->->

=== elara_outbreak ===
# bg: clinic
The Care Hall is full ten minutes after the gathering breaks up. You move down the line with a tray of mirrors and a soft voice: sour mouths, stinging gums, a boy with a chalky spot on a molar that has been coming for weeks.
Outside, the Lane of Honeyed Things is setting up for the second day as if nothing has happened.
* (closed_stalls) [Close the sweet stalls and open water-kitchens # role: elara]
    ~ apply("saliva_boost", 0.7)
    ~ pass(150)
    You don't order it; you ask, stall by stall. The sweet-makers grumble, Quilla loudest of all, then turn their kettles to ginger water and mint tea. By noon people are sipping instead of grazing, and Quilla, still grumbling, is drinking her own ginger water. # fact: Saliva washes sugar off the teeth and buffers plaque acid with bicarbonate.
* (kept_stalls) [Keep the stalls open: people need comfort today # role: elara]
    ~ apply("sugar_feast", 0.7)
    ~ pass(150)
    "Let them have their festival," you say, and they do. Frightened people eat sweet things; you understand that better than anyone. You count the mouthfuls anyway. # fact: Every sugar intake starts a new acid dip in plaque, which bottoms out within minutes and takes a quarter of an hour to an hour to recover.
* (mirrors) [Look into every mouth in the line and tell each one plainly what you see # role: elara]
    ~ apply("dry_mouth", 0.3)
    ~ apply("brushing", 0.4)
    ~ pass(150)
    A mirror each, and the truth in a soft voice: this gum is angry, this molar has a chalky spot, this tongue is furred. People go out paler than they came in, and most of them go straight home to brush.
- -> two

= two
# bg: gathering
That afternoon the circle forms again on the moss of the Commons: two hundred of the people whose stories you pinned up this morning, waiting for the Guardian to tell them what the stories mean.
{
- closed_stalls:
    Quilla Fenn sits at the front, smelling of ginger, arms folded. She came anyway. That is worth more than her agreeing.
- kept_stalls:
    Half of them are holding something sticky from the Lane. You don't blame them. You notice.
- else:
    Half of them hold the Care Hall's little mirrors still, and keep glancing into them.
}
* (told_story) [Tell it as a story, in a brushing circle # role: elara]
    ~ apply("brushing", 0.8)
    ~ apply("fluoride", 0.5)
    ~ pass(180)
    You tell them about the garden in every mouth: the quiet streptococci who keep the peace, the acid-lovers who wait for sugar, the way a community tips when its weather changes. While you talk, brushes and fluoride paste go round. Two hundred people brushing in a circle, laughing at each other's foam.
* (gave_numbers) [Give them the raw numbers, every alarming one # role: elara]
    ~ apply("dry_mouth", 0.5)
    ~ pass(180)
    You read the implant figures aloud, unvarnished, because people deserve the truth. You watch it land: tight jaws, shallow breath, a man licking his lips again and again. # fact: Stress and mouth-breathing can leave the mouth dry, and a dry mouth clears sugar and acid more slowly.
* (sent_home) [Send everyone home to rest # role: elara]
    ~ pass(240)
    "Go home. Sleep. We'll know more tomorrow." # speaker: Elara # expression: calm
    It is kind. Two hundred people go home to the same kitchens they left this morning, and do the same things in them.
- -> four

= four
# bg: night
The second night. The festival lanterns are lit out of habit, and people gather under them anyway. # when: day >= 2.5, day < 3.25
-> mural_beat ->
{two.gave_numbers:
    Jalen catches your sleeve on the Hall steps. "You read out their numbers." # speaker: Jalen # expression: determined
    "Not their names." # speaker: Elara # expression: determined
    "Not their names," he agrees. "But they're frightened now, and frightened people don't choose well." # speaker: Jalen # expression: worried
}
Under the lanterns the circle waits for the Guardian, the way it always has. What you carry out to it tonight is the last thing anyone will remember of the second day.
* (sang) [Sit with the frightened: a jug of water and the old starter-songs # role: elara]
    ~ apply("saliva_boost", 0.6)
    ~ pass(300)
    You pass round a jug of water and sing the starter-songs your grandmother sang. Jaws loosen a verse at a time. Nobody sleeps much, but nobody sleeps afraid.
* (feasted) [Throw a late feast to lift everyone's spirits # role: elara]
    ~ apply("sugar_feast", 0.7)
    ~ pass(300)
    You bring out the festival cakes you'd been saving. Spirits lift. The readings sink, pulse after pulse, all night long.
* (sensors) [Go door to door with Torus's spare sensors and a pot of fluoride varnish # role: elara]
    ~ apply("implant_sensor", 1.0)
    ~ apply("fluoride", 0.7)
    ~ pass(300)
    You work through the night, street by street, with Torus's spare implants and a pot of fluoride varnish. By dawn forty of the worst-hit mouths are watched, and their enamel wears a little more armour.
- ->->

// Act three, day 4: the gel went out yesterday; the Care Hall is where it comes back.
=== elara_gel ===
The fourth morning, and rain drums on the canopy. The gel went out yesterday; today the Care Hall is where it comes back. # bg: clinic # when: day >= 4, day < 5
The queue runs round the dripping fern beds. You sit at a folding table by the door with your ledger and the questions from the gathering, and a fourth you have added since: what are you afraid of? People answer that one first. # sfx: crowd
{ gel_recipe:
- "blended":
    Yesterday's batch was the blend, and you can see it before anyone opens their mouth: fingertips touching tongues, hands cradling jaws. They would like some more, please. It tasted of home.
- "sterile":
    Yesterday's bottles held rinse, not gel, and the queue has the tea-brown edges and the taste of coins to prove it.
- else:
    Yesterday's batch was the plain gel, and most of the queue is here because it is working too slowly, not because it hurts.
}
{
- sensor_vote == "rinse":
    Under it all is the metal you put there yourself on the second morning. What grows back in the emptied mouths is thin: fewer kinds of anything, and the hardy yeasts and lactobacilli a bigger share of it.
- elara_outbreak.kept_stalls or elara_outbreak.four.feasted:
    Under it all is the sugar. The boy with the chalky molar is back, and now his sister's readings are sour too.
- else:
    Some of the queue has only come to thank you for the water-kitchens. You write that down too. A ledger of fears needs a few lines of relief, or nobody could bear to read it.
}
Torus comes in out of the rain with a cooler and sets the workshop's jars on your table, {gel_recipe == "blended":amber, the blend the tables voted for|{gel_recipe == "sterile":clear and bitter, the rinse the tables voted for|blue, the plain gel the tables voted for}}. "It's your Hall. You choose how it goes out." # speaker: Torus
Jalen squares a stack of consent slips beside them. "Same three lines as the door." # speaker: Jalen
You could clear this queue by noon, if speed were all that mattered. The fast cures kill the garden with the weeds; the gentle ones take days that frightened people don't want to give. # fact: Chlorhexidine is a strong antiseptic that dentists prescribe for short courses; its known side effects include brown staining of the teeth and a changed sense of taste.
* (careful) [Sit each of them down: a question first, then a fingertip from the jar, and water and a brush at the door # role: elara]
    ~ hub_gel(0.4)
    ~ apply("brushing", 0.5)
    ~ pass(240)
    Every fingertip comes after a question and before a brush: what did you eat, who did you share with, what are you afraid of. It is slow, and the back of the line grumbles. Jalen initials every slip.
* (askers) [Only for those who ask; the rest can wait and see # role: elara]
    ~ hub_gel(0.2)
    ~ pass(300)
    You don't push. It feels respectful. It also means the shy and the busy go home with exactly what they came with.
* (quilla_fed) [Let Quilla's stall feed the queue: nobody should wait hungry and afraid # role: elara]
    ~ apply("sugar_feast", 0.6)
    ~ apply("dry_mouth", 0.3)
    ~ pass(240)
    Quilla wheels her honey cart under the awning, and the queue brightens. They nibble all morning between anxious silences, a corner of cake, then another, then another. # fact: Nibbling keeps plaque acidic for hours: each sweet bite starts a new acid dip before the last one has recovered.
- -> turmoil

= turmoil
By afternoon the side effects come in through the same door the gel went out of. The hub-wide reading stands at pH {ph_reading()}.
{
- careful && gel_recipe == "blended":
    {share("K") * 100 >= 3:White, sore tongues. # when: share K >= 0.03|Sore tongues, a few of them white. # when: share K < 0.03} {share("P") * 1000 >= 1:Gums that bleed into the brush. # when: share P >= 0.001|Gums that sting. # when: share P < 0.001} You gave the amber jar a fingertip at a time, with a question before each, and people hold out its empty lids to you anyway, as if you could take it back.
- careful && gel_recipe == "sterile":
    Stained teeth, and a community growing back thin: fewer kinds, and the hardy yeasts and lactobacilli taking a bigger share of the empty house. Careful doses of a rinse are still a rinse.
- careful:
    From your table, mostly nothing: a chalky taste, a man who wants more. But the readings turn slowly, and slow is hard to love when you are frightened.
- askers:
    The people who asked are better. The ones who didn't are the same or worse, and they never come to the Hall to say so.
- else:
    {
    - mural() == "acidic":
        The queue was happy while it waited. Now its plaque reads sour, hour after hour, the kind of week that turns enamel chalky within a month, and nobody understands why. They were only nibbling. # when: acidic
    - else:
        The queue was happy while it waited. Now its plaque dips sour after every nibble and takes its time to climb back, and nobody understands why. They were only nibbling. # when: not acidic
    }
}
Kara comes in wet through, paint to her elbows. "People stand at the wall in the rain and check their tongues in hand-mirrors." # speaker: Kara # expression: worried
-> mural_beat ->
"I'm asking the whole hub for a pause tonight," Jalen says. "Nothing new in anyone's mouth until we've seen what we've done." # speaker: Jalen # expression: determined
There is a crowd at the door, and Quilla Fenn at the front of it. "Tell us what to do, Elara. You always know what to tell us." # speaker: Quilla
For eleven years you have told them stories that made them feel better. Today the true story is that they will have to change, and nobody wants to hear that from the woman who hugs them at festivals.
* (asked_habits) [Ask them for one change: sweets at meals only, water in between # role: elara]
    ~ apply("meal", 1.0)
    ~ apply("saliva_boost", 0.6)
    ~ apply("fluoride", 0.4)
    ~ pass(300)
    "One thing. Sweets at supper, not all day. Water between. Fluoride paste before bed. I'm asking it of me too." # speaker: Elara # expression: determined
    Quilla looks at you a long moment, then nods, and the people behind her nod because she did. It is the hardest story you have ever told, and the shortest.
* (soothed) [Soothe them: it will pass, as every scare before it has # role: elara]
    ~ apply("sugar_snack", 0.4)
    ~ apply("dry_mouth", 0.3)
    ~ pass(360)
    "It'll pass. Be gentle with yourselves." # speaker: Elara # expression: hopeful
    They go home relieved, by way of the Lane, because relief deserves a treat. Jalen writes something on his tablet and doesn't show you.
* (watched) [Fit sensors to the worst-hit and dose only where they say # role: elara]
    ~ apply("implant_sensor", 0.7)
    ~ apply("arginine_gel", 0.3)
    ~ pass(300)
    The hundred worst-hit mouths get Torus's refined implants and a dab of plain gel exactly where the readings say. The rest get a promise. Precise, and partial.
- -> mural_beat ->
By evening the rain has stopped, and the whole hub is drifting towards the wall. You lock the Care Hall and follow.
->->

// Act four, the night of day 5: Elara carries the telling to the people who stayed away.
=== elara_ritual ===
Before the night is over you count the circle, the way a Guardian counts, and find the gaps. # bg: night
Six hundred stories in your ledger, and some of their owners aren't here. The young father who shared a spoon with his baby and hasn't forgiven himself. The weaver from the east terraces with the sour breath. Quilla Fenn, whose honey stall is the one dark window on the Lane.
{
- elara_gel.turmoil.asked_habits:
    Quilla agreed to your one change on the Care Hall steps. You suspect that is exactly why she isn't here.
- elara_gel.turmoil.soothed:
    You told them it would pass. The ones who stayed home are the ones it didn't pass for.
- else:
    Two of the missing wear the implants you fitted. You know exactly how they are, and that isn't the same as knowing.
}
All of us, you said at the wall, or it comes back. All of us means the ones at home with the curtains drawn. A telling isn't finished while people are missing from it.
{elara_festival.rounds:
    You did the rounds on the first night with a water jug. You can do them again.
}
Kara presses a pot of paint into your hand. "For their bit of the wall, if they want one." # speaker: Kara # expression: hopeful
You fill a basket at the Care Hall on the way. What goes into it is up to you.
* (water_basket) [Water jugs, soft brushes and the plain gel # role: elara]
    ~ apply("saliva_boost", 0.6)
    ~ apply("arginine_gel", 0.4)
    ~ pass(150)
    Heavy, unglamorous, exactly right: something to drink, something to brush with, and a fingertip of the blue jar for whoever wants it.
* (empty_basket) [Nothing but your ledger: tonight is for listening # role: elara]
    ~ pass(180)
    You go empty-handed, and sit in their kitchens while they talk, and listen until the candles gutter. They hug you at the door, and go back in to the same cupboards.
* (honey_basket) [Quilla's unsold honey cakes, so nobody is left out of the feast # role: elara]
    ~ apply("sugar_feast", 0.7)
    ~ pass(150)
    Nobody should sit out the night with nothing sweet, you think, and every door you knock on gets a piece of Quilla's cake and then another, well into the small hours.
- Door by door, the missing stories. # sfx: chime
The young father tells you about the spoon. You tell him it's true that parents pass their mouth bacteria to their babies, sugar-lovers included, and that the answer is a brushed mouth and his own spoon, not a lifetime of guilt. The weaver paints a thread on Kara's pot lid and says she'll bring it to the wall herself. # fact: Babies pick up mutans streptococci mostly from the people who care for them, through saliva, for example on a shared spoon.
Quilla is sitting in her dark stall. "I've fed this hub sweets my whole life. Did I poison it?" # speaker: Quilla
"No. Sugar isn't a poison. It's weather, and the trouble is weather that never changes." # speaker: Elara # expression: calm
She walks back to the wall with you. The last of the circle is still awake, and they make room for her, and then they look at you, because the Guardian always tells the last story.
* (own_story) [Tell your own story, and ask them to change with you # role: elara]
    ~ apply("fluoride", 0.5)
    ~ apply("arginine_gel", 0.3)
    ~ apply("meal", 1.0)
    ~ pass(180)
    You tell them about {elara_festival.guest:the honey cake on the fountain's rim the first night, and how lovely it was|eleven festivals of never having the cake}. You tell them you are frightened too. Then you ask, not for a vow, just for a season: meals instead of grazing, water between, fluoride, the plain gel where the readings say. Together, so nobody has to be the only one who stopped.
    When you finish, Quilla is the first to put her hand on the wall.
* (comfort_story) [Tell the comforting version: the worst is behind us # role: elara]
    ~ apply("sugar_snack", 0.5)
    ~ pass(240)
    The garden is healing, you tell them; the festival will come again. It's half true. The circle sighs and passes round the last crumbs of the night, and you don't stop it.
* (fear_story) [Tell them the whole frightening week, unsoftened # role: elara]
    ~ apply("dry_mouth", 0.6)
    ~ pass(180)
    Every reading, every chalky molar, every bleeding gum. It's the truth, and it's owed. But they listen with clenched jaws and dry lips, and you understand too late that fear never helped anyone look after anything.
- -> mural_beat ->
->->

// Act five: Elara carries the health dialogues beyond the people who already come.
=== elara_aftermath ===
The assembly has gone home. You walk to the Care Hall anyway, where tonight's mouth-talk is breaking up: the same thirty faces as yesterday, the ones who were always going to come. The talks work. They only work for the people in the room. # bg: aftermath
{
- elara_ritual.own_story:
    People stop you on the way to tell you what they changed: tea without honey, a brush shown off like a trophy. None of it is dramatic. All of it is the point.
- elara_ritual.comfort_story:
    People thank you for the night of stories and go back to how things were. You told them they could.
- else:
    People give you a kind, wide berth in the street. The night of stories shook them. You are not sure yet whether it moved them.
}
"You'll want the readings, for whatever you're planning," Jalen says, walking out with you. # speaker: Jalen
"I want the stories. If people choose to bring their readings, they will. A health dialogue nobody is allowed to leave isn't a dialogue." # speaker: Elara # expression: determined # discuss: Elara has to ask a frightened community to change its habits. What makes a request like that land, and what makes it backfire?
* (circles) [Take the talks to every street in turn: water, brushes, fluoride, readings shared only by consent # role: elara]
    ~ apply("saliva_boost", 0.5)
    ~ apply("brushing", 0.6)
    ~ apply("fluoride", 0.5)
    ~ apply("implant_sensor", 0.4)
    ~ pass(720)
    A ring of chairs in a different street every Tuesday. Anyone may sit, say what they ate and shared and feared, brush with their neighbours, and leave with fluoride paste and no obligations. The first week, nine people come. The third, forty.
* (monthly) [A talk once a month, on the night of the full moon # role: elara]
    ~ apply("brushing", 0.3)
    ~ pass(1080)
    Once a month, so nobody feels the crisis following them around. The first talk is full, the second half full. You tell yourself that is what recovery looks like.
* (lane_reopened) [Make the talks a treat: honey cakes for everyone who comes # role: elara]
    ~ apply("sugar_feast", 0.8)
    ~ pass(720)
    People come for the cakes and stay for the talk, and the cakes go round all evening, street after street. The turnout is wonderful. {mural() == "serene" || mural() == "vibrant":The readings, so far, forgive it. # when: serene or vibrant|The readings are not. # when: not serene, not vibrant}
- Then Quilla finds you on the Lane. She wants to know whether she can sell honey again.
* [Help her rebuild the stall around suppertime: sweets with meals # role: elara]
    ~ apply("meal", 1.0)
    ~ apply("sugar_snack", 0.2)
    ~ pass(240)
    You redraw the stall together: open at supper, honey cakes beside the bean stew, a water jug on the counter. "Less grazing, more eating," Quilla says, and decides she likes the sound of it. # speaker: Quilla
    By the week's end the queue at her counter comes at supper, and leaves when the bowls are wiped. # fact: Between acid attacks, saliva returns calcium and phosphate to the enamel surface, which is how early, chalky lesions can harden again.
* [Let her sell all day, as before: people have suffered enough # role: elara]
    ~ apply("sugar_feast", 0.4)
    ~ pass(240)
    "Sell what you like. It's been a hard week." # speaker: Elara
    She kisses your cheek and opens at dawn. By noon the Lane is busy and sweet and happy{implant_rule == "off":, and the implants, switched off at the assembly, tell nobody anything.|{implant_rule == "board":, and on the wall of names the readings turn amber, one name at a time.|, and the implants whisper to their owners, one by one.}}
- ->->

// Elara's closing scene for the ending the simulation chose. A tunnel from endings.
=== elara_epilogue ===
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- else: -> scorched
}
= flourishing
A month on, the Tuesday talks still go round the streets{elara_aftermath.circles:, and there are more chairs than streets|, though you had to start them again properly after the first ones faded}. This week they come to the moss beneath the wall, where nobody needs the light to say anything urgent.
The stories have changed. Nobody talks about fear. They talk about small, boring victories: tea without honey, a child who brushes unasked, Teodor Vance with a water flask on his bench where the cherry glass used to be. Quilla's honey cakes sell out at supper, and only at supper.
You know better than to call it a cure. The sour ones are still there in every mouth, a few in each, the way they always were. The hub got its weather back, that's all, and a garden with its weather back tends itself. # when: serene or vibrant
{elara_gel.turmoil.asked_habits or elara_ritual.own_story:You asked a frightened hub to change, and it did, and it didn't stop loving you for asking. You had not been sure of that.|You never quite made the big speech. The hub changed anyway, one kitchen at a time.}
Quilla asks what story you'll tell at next year's festival. "A dull one," you say. "With a very happy ending." # speaker: Elara # expression: wry
->->
= fragile
The alarms stopped, and the talks kept going, which is not the same as being well.
Most weeks it's fine. Then a birthday comes round, or a bad night, or a run of hot days when nobody drinks enough, and the readings dip and take too long to climb back. Gums bleed a little when brushed. The implants don't shriek now; they murmur, and you have learned to hear the murmur. # when: anxious
You don't lie to anyone about it. A community that has tipped once can tip again, and it recovers faster the earlier you notice. So you notice. You keep a page for each family, only with their say-so, and read it with them, not about them.
{elara_aftermath.monthly:You move the talks from monthly to weekly. It should have been weekly from the start, and you say so out loud.|You add a second evening for the people who can't come on Tuesdays.}
{elara_ritual.comfort_story:You think about the night you told them the worst was behind them. You have stopped telling half-true stories, even kind ones.}
You used to think your work was telling the story. It turns out your work is staying for the second chapter, and the third.
You feed your starter, and watch it more closely than you used to.
->->
= acid_takeover
Teodor Vance is first in the chair at the Care Hall. He holds your hand through the whole filling, which is meant to be the other way round.
{elara_outbreak.kept_stalls or elara_outbreak.four.feasted or elara_gel.quilla_fed or elara_ritual.honey_basket or elara_aftermath.lane_reopened:That night you read the ledger back to yourself. Cakes for the brave, treats for the relieved, a feast to lift spirits. Every sweet thing was kind.|That night you read the ledger back to yourself. You never handed out the sweets, but you never quite asked anyone to stop, and frightened people graze.} Kindness that comes all day is still sugar all day. # fact: In a laboratory plaque community given daily sugar, mutans streptococci and lactobacilli grew from under one percent to over half of the bacteria when the pH was allowed to fall unchecked.
The way back is the way in, reversed: a season of meals instead of grazing, water instead of honey, fluoride and patience. And it will take people trusting the woman who let the sweetness run.
You start with Quilla, in her kitchen, the ledger open between you. "We did this together. We can undo it together." # speaker: Elara # expression: hopeful
She is quiet a long time. Then she takes the honey off the breakfast table, and puts the kettle on for water instead.
You walk home past the Lane's dark stalls and the water-kitchen's one bright window. It isn't a victory. It's a start, which in a garden is most of what there is.
->->
= inflamed
Evenings in the Care Hall belong to gums now. You swab, rinse with warm salt water, teach people to brush gently where the pink is angriest, and try not to look at the amber jars on the shelf. # when: inflamed
For eleven years you told people that variety was the sign of a healthy garden, and you believed it, and it was half right. A mouth with a hundred kinds of life in it can still be a sick one, if one of the hundred is the wrong kind and the gums are already angry. You will have to tell a more careful story now, and you sit up late writing it.
{gel_recipe == "blended" && elara_gel.careful:The amber jar went out of your Hall a fingertip at a time, with a question before each. Careful is not the same as safe, and you will not forget it.|You never chose the blend yourself, but it went round, and the gums it reached are yours to tend.}
Gums heal when the inflammation settles and the plaque at the gumline is kept in check. Nothing about that is quick. Bleeding eases first, then the swelling, then the breath. You tell every patient the order, so they can watch for it and know they are getting better. # when: inflamed
It takes weeks. You have weeks.
You label every jar on the Care Hall shelf with what is in it, counted, and under each list you write two words: ask first.
->->
= scorched
The hub is very clean. {sensor_vote == "rinse":It began with the cups at the gate on the second morning, and you handed out your share of them.|You didn't pour most of it, but you didn't stop it either.}
You had always said a mouth was a garden, not a battlefield, and then, frightened, you let it be treated as one. The antiseptic won every battle, and the garden lost: the quiet ones went out with the weeds, and the ground went to whatever was hardiest. # fact: Chlorhexidine kills friendly bacteria along with harmful ones, and lactobacilli are less sensitive to it than streptococci, so while the rinses go on they make up a bigger share of the few bacteria left.
{everyday_rule == "rinse_day":You stand up at the next assembly and ask it to end the rinse-day it voted for. It takes two meetings.}
There is no bottle for this. The hub needs what it scrubbed away: its own living communities, returned in small amounts, with saliva and meals and time to settle. And you have learned what a starter can carry, so every spoonful goes under Torus's lens before it goes into a mouth.
So you join Mirela at the doors, week after week, her starter in a padded jar and yours from your breast pocket. At every house you ask for a story first and offer a spoonful second. Some doors stay shut. Most open.
It is the slowest work you have ever done, and the first in a week that has felt like gardening.
->->

// The classroom cut (acts/classroom.ink), day 2: Elara's story circle, her one scene there.
=== elara_classroom ===
You gather the stories, because that is what a Guardian does: a circle of benches and slow questions. What did you eat? Who did you share with? When did it start to sting? # bg: gathering
Teodor Vance admits he has tasted his own cherry glass from dawn to dusk for twenty years, a shard at a time. Little Pim Arroway, six, shows everyone the white patches on her tongue with enormous pride: she took three dabs from the Bowl, because it tasted of plums. Ama Osei ran the night relay breathing through her mouth, and her reading dipped and stayed down.
Saliva is the quiet hero of most of the stories, and the missing one in the worst. # fact: Saliva buffers plaque acid with bicarbonate and washes sugar away; stimulated saliva carries more bicarbonate than resting saliva, so a dry mouth stays acidic for longer.
By noon the circle is hungry and frightened, and it looks to you for what goes round with the stories.
* (fed) [Cook breakfast for everyone and keep the water jugs moving # role: elara]
    ~ apply("meal", 1)
    ~ apply("saliva_boost", 0.5)
    ~ pass(150)
    Porridge, beans, flatbread, greens: a proper meal, eaten together and then finished. The jugs go round after it, and round again.
* (sweets) [Pass round the festival leftovers: frightened people need sweets # role: elara]
    ~ apply("sugar_feast", 0.5)
    ~ pass(150)
    The tarts and cherry glass come out in trays, and the circle picks at them all through the telling. It is comforting. Nobody stops.
* (fasted) [Fast and keep talking until every story is told # role: elara]
    ~ apply("dry_mouth", 0.5)
    ~ pass(180)
    Nobody eats, nobody drinks much, and the stories run into the afternoon in hoarse voices. It feels like solidarity.
- You pin the stories up beside the mural, a map made of paper and people, and the work begins.
->->
