// Kara Femir, artist: the living mural, which becomes a collaborative canvas.
// intro is a tunnel called from the festival; one..four is her outbreak track.

=== kara_festival ===
You are Kara Femir. You grew the mural from bioluminescent cells and an anonymous feed of implant readings, and you still don't entirely understand it, which is what you love about it.
It isn't a screen. It's a portrait of the community that refuses to sit still. Tonight you have left its lower third blank, a ladder and a table of brushes at its foot, and a queue is already forming to ask what the blank is for.
* (tales) [Paint the stories they tell you, one small picture for every festival they remember # role: kara]
    ~ apply("saliva_boost", 0.3)
    ~ pass(60)
    A grandmother gives you the year the canopy leaked and everyone danced in the rain; a boy gives you the night he lost a tooth in a honey cake. You paint fast and small, with a water jug on the table because talking is thirsty work, and by the lantern-lighting the lower third is a strip of little pictures. People keep coming back to find themselves in it.
* (starters) [Paint with the starters themselves: a spoon from every jar ground into the living colour # role: kara]
    ~ apply("blended_gel", 0.3)
    ~ pass(60)
    The jars come to you uncapped. A spoon from each goes into the pigment, and the wall's cells take the cultures in like a sponge takes water. Painters lick their brushes to a point, as painters always have. By the lantern-lighting the lower third is creamy and faintly moving, and smells of bread.
* (sweetglass) [Paint the Lane stall by stall in candied glaze, and let each sweet-maker sign their own # role: kara]
    ~ apply("sugar_snack", 0.5)
    ~ pass(60)
    Pell brings boiled sugar for the glaze and pays for his portrait in fig tarts; Teodor signs his stall in cherry glass and snaps off a corner for you. By the lantern-lighting the lower third glitters like a shop window, and everyone who passes it is eating something.
- ->->

=== kara_outbreak ===
# bg: gathering
After the gathering, a crowd stays in front of your wall, coffee going cold in their hands, watching it pulse. Someone asks you what it means. Someone else asks you to make it stop.
{kara_festival.tales: Under it all runs last night's strip of little pictures: the leaking canopy, the honey-cake tooth. People keep glancing from their own small story to the big one pulsing above it.}
{kara_festival.starters: The starter-paint in the lower third has bloomed overnight into a thick cream with a purple heart. People point at it and then, one by one, stop pointing.}
{kara_festival.sweetglass: The candied Lane still glitters at the foot of the wall, Pell's signature in gold, Teodor's in red glass. Nobody looks at it for long this morning.}
* (water) [Make it a water-station: every brushstroke costs a cup drunk #role: kara]
    ~ apply("saliva_boost", 0.7)
    ~ pass(180)
    You set out jugs and a crate of brushes. One cup, one stroke. By midmorning the lower third is busy with clumsy colour, and wet cup-rings march along the sill beneath it like a second frieze. # fact: Drinking water and chewing keep saliva flowing, and saliva washes sugar away and buffers plaque acid.
* (curtain) [Curtain it off until the festival's done #role: kara]
    ~ apply("sugar_feast", 0.5)
    ~ pass(240)
    You hang sailcloth over the wall. Out of sight, out of mind: the festival drifts back to the Lane of Honeyed Things. Behind the curtain the colours keep changing, and nobody is watching.
* (beam) [Beam the mural to every screen in the hub #role: kara]
    ~ apply("dry_mouth", 0.6)
    ~ apply("chlorhexidine", 0.5)
    ~ pass(180)
    {
    - mural() == "anxious" || mural() == "acidic":
        Transit walls, kitchen panels, the inside of the canopy: the hub sees its own sour heartbeat, orange and forty feet wide, and panics. People lick dry lips in front of their kitchen screens. The clinics run out of antiseptic rinse by noon. # when: anxious or acidic
    - else:
        Transit walls, kitchen panels, the inside of the canopy: the hub sees its own heartbeat, nothing worse yet than busy gold, and panics anyway. People lick dry lips in front of their kitchen screens. The clinics run out of antiseptic rinse by noon. # when: not anxious, not acidic
    }
- -> two

= two
-> mural_beat ->
The lower third was meant to be the festival's gift. Now people arrive with brushes and ask you what to paint. Elara's map of stories hangs beside the wall, curling at the corners.
* (dance) [Paint a brushing dance, and dance it at the wall's foot #role: kara]
    ~ apply("brushing", 0.8)
    ~ apply("fluoride", 0.4)
    ~ pass(180)
    You sketch figures brushing, spitting, laughing, and then the crowd becomes the sketch: an hour of fluoride foam and drums. Honestly, the best thing you've ever made.
* (lane) [Paint the festival back: lanterns, sweets, the Lane #role: kara]
    ~ apply("sugar_feast", 0.6)
    ~ pass(180)
    You paint the festival as it was two nights ago, gold and sugared. People take the hint and go back to the Lane to make the picture true.
* (named) [Paint Elara's map as it stands: Pim's plums, Teodor's glass, every story with its teller # role: kara]
    ~ apply("dry_mouth", 0.6)
    ~ pass(180)
    You paint it true, the way you paint everything: PIM, PLUMS, 3 DABS in her own crayon letters, Teodor and his cherry glass, two hundred faces anyone on the Commons can name. By afternoon the crowd reads the wall in silence, and the people in the picture stand at the back with their jaws set, and drink nothing.
- -> night

= night
# bg: night
The second night. The mural is the only light in the Commons that nobody lit on purpose. # when: day >= 2.5, day < 3.25
* (vigil) [Leave it open and sit with whoever comes #role: kara]
    ~ apply("saliva_boost", 0.5)
    ~ pass(360)
    You sit at the wall's foot all night with a jug of water. Whoever comes to look stays to talk. Somebody brings a guitar. The wall watches you back.
* (prints) [Sell prints for the clinic; feed the painters cake #role: kara]
    ~ apply("sugar_feast", 0.6)
    ~ pass(360)
    Prints of the mural sell by the hundred, and the money goes to the Care Hall. The festival cakes go to the painters, all night, a slice at a time.
* (dimmed_night) [Slow its light to a sleeping pulse and send the Commons to bed #role: kara]
    ~ pass(420)
    You turn the cells down until the spirals barely move, like breathing in the next room. The crowd drifts home. The Commons is dark by midnight, and what the hub's mouths do in the dark, they do unwatched.
- ->->



// Kara's own painter's reading of the wall, beside the plain line in mural_beat.
// A tunnel: -> kara_eye ->
=== kara_eye ===
{ mural():
- "serene":
    Your eye starts mixing, as it always does: viridian, a breath of white, and time. It's the colour of something that isn't worried. # when: serene
- "vibrant":
    You count the colours like voices in a choir: gold for the gentle streptococci, teal for the lactate-eaters, a fleck of rust for the troublemakers, present and outnumbered. Nobody is singing over anybody. # when: vibrant
- "anxious":
    The spirals have lost count. You know that rhythm from your own chest at three in the morning: too quick, skipping, checking itself. # mural: pulse # when: anxious
- "acidic":
    Red, and you didn't choose it. Below five and a half the cells run hot, and the hub reads {ph_reading()}. Hairline cracks craze the lower panels, where the enamel readings live. # mural: pulse # when: acidic
- "inflamed":
    The borders, where you put the gums years ago, throb magenta and won't cool between beats. More colours than you've ever seen at once, and it looks like a fever. # mural: pulse # when: inflamed
- "scorched":
    Washed out, like a canvas left a summer in a south window. The few colours left don't answer when you lay your palm on the wall. # when: scorched
- else:
    For once you can't name what you're seeing. You draw it anyway.
}
->->

=== kara_gel ===
The fourth day comes in grey, rain ticking on the canopy. # bg: gathering # mural: pulse # when: day >= 4, day < 5
{
- mural() == "anxious" || mural() == "acidic" || mural() == "inflamed":
    The wall wakes you where you slept on the drop-cloths: a flicker across your eyelids, quick and uneven, like someone tapping on glass. # when: anxious or acidic or inflamed
- mural() == "scorched":
    You wake on the drop-cloths to no light at all across your eyelids. The wall is pale and barely moving. # when: scorched
- else:
    The wall wakes you where you slept on the drop-cloths, its slow colour moving across your eyelids, steady as breathing. # when: serene or vibrant
}
{kara_outbreak.curtain: The sailcloth lies in a heap where somebody pulled it down in the night. A thing you aren't allowed to see becomes the only thing you think about.}
{kara_outbreak.beam: Since you sent the wall to every screen in the hub, people come to the Commons grey-faced, to see whether the real one is as bad as the copies.}
{kara_outbreak.water: Your jugs stand upside down in a row beneath the clumsy strokes of a few hundred well-watered painters.}
{kara_outbreak.two.named: Elara's map is still painted across the lower third, names and all. Somebody has scratched out Teodor's face in the night.}
-> kara_eye ->
The queue from the workshop runs right past your wall, and everyone in it has an opinion. A mother asks you to cover it: her little one asks every morning whether the wall is angry with her. A transit warden wants it on every platform, so nobody can pretend. Pell Abara, who bakes the fig tarts at the top of the Lane and hasn't sold one since the chime, wants it repainted.
"A bit of green, Kara. Walls can fib for a week. It'd do everyone's nerves good, mine included." # speaker: Pell
Then Jalen arrives, collar wet with rain.
"It's anonymous, you told me. But you laid it out by district, and everybody knows which panel is the east terraces. That's anonymous the way a village is anonymous." # speaker: Jalen # expression: worried
{ kara_outbreak.beam:
    "And you put it on every kitchen wall in the hub without asking a soul. I'd like to be asked, this time." # speaker: Jalen # expression: determined
}
{ kara_outbreak.two.named:
    "And under it you painted Elara's map with every name on it. Pim is six, Kara. She didn't tell her story to a wall." # speaker: Jalen # expression: determined
}
It was always your wall. This is the first time that has felt like a responsibility rather than a boast.
* (open) [Keep it open, but blur the districts into one picture and chalk a dosing line at its foot # role: kara]
    ~ apply("implant_sensor", 0.6)
    ~ apply("arginine_gel", 0.5)
    ~ pass(240)
    You unpick your own map until the wall shows one community instead of forty streets, then chalk a line on the paving: SMALL DOSES HERE, WATCHED. Torus sends two volunteers with a reader and a tub of arginine paste, and people who came to gawk stay to be measured. Jalen nods once, which from Jalen is a medal.
* (turned) [Dim it to a glow: only those who ask may look # role: kara]
    ~ apply("sugar_feast", 0.4)
    ~ pass(360)
    You turn the cells' gain down. Almost nobody asks to look. Pell's ovens come back on, and by afternoon the queue for tarts is longer than the queue at the workshop. You have protected everyone's privacy, including their privacy from bad news.
* (streets) [Sharpen it street by street, so every block can see its own colour # role: kara]
    ~ apply("dry_mouth", 0.7)
    ~ apply("chlorhexidine", 0.5)
    ~ pass(240)
    Each block gets its own named panel, and by noon people stand before their own street with folded arms. The east terraces go sour-orange and stop sleeping; neighbours knock on doors with bottles of rinse. You paint nothing about shame; the street paints it for you, in clenched jaws at every window.
* (greened) [Do as Pell asks: glaze the wall over in calm green # role: kara]
    ~ apply("brushing", 0.3)
    ~ apply("sugar_snack", 0.4)
    ~ pass(300)
    A good glaze: {mural() == "anxious" || mural() == "acidic" || mural() == "inflamed":the pulse shows through only if you know to look. # when: anxious or acidic or inflamed|{mural() == "scorched":the pale wall underneath hardly shows at all. # when: scorched|what shows through is calmer than anyone feared. # when: serene or vibrant}} The crowd breathes out. A few go home and brush; most go home by way of Pell's stall. It's the first lie you have ever painted, and a kind one, which is how lies get you.
- -> dosing

= dosing
After noon Torus comes down with a trolley, unslept since the chime. # bg: workshop
"Your wall is the one place people queue without being told to. Let me put the {gel_recipe == "sterile":rinse|gel} there. Paint and dose, dose and paint." # speaker: Torus # expression: determined
{ kara_outbreak.night.vigil:
    "You sat up with them all the second night. They'll come to the wall again; let them find something there." # speaker: Torus # expression: worried
}
{ gel_recipe:
- "blended": On the trolley sit jars of the blend the tables voted for, and beside them, because Torus is Torus, a plain tub of arginine paste.
- "sterile": On the trolley sit crates of bitter rinse, and beside them a plain tub of arginine paste, because even Torus can't hand out nothing but emptiness.
- else: On the trolley sit the plain jars. Under your easel, your crate of festival starters waits where the workshop handed it back.
}
The wall is a tool now, whether you like it or not. You get to choose what for.
* (cups) [A water-station again: a cup drunk for every stroke, a dab of arginine for every finished panel # role: kara]
    ~ apply("saliva_boost", 0.6)
    ~ apply("arginine_gel", 0.6)
    ~ pass(360)
    Jugs along the wall, a cup for every stroke, and for every finished panel a dab of arginine with a card in Jalen's hand saying what it is. It's slow. Between strokes you start a small panel of a water jug, the first portrait of a water jug anybody in the hub has ever hung in public.
* (sugarpaint) [A sugar-paint night: candied pigments, lick your brush to a point, paint till late # role: kara]
    ~ apply("sugar_feast", 0.8)
    ~ apply("dry_mouth", 0.4)
    ~ pass(480)
    An art-school trick for cheering people up: pigment ground into boiled sugar, glossy as stained glass. Pell brings syrup by the bucket. Everyone licks their brush to a point, the way painters always have, for hours on end.
* (trolley) [Do as he asks: paint and dose, a dab from the trolley with every brush # role: kara]
    ~ hub_gel(0.8)
    ~ pass(360)
    You give him the wall's foot. Every painter gets a brush in one hand and a dab from the trolley in the other, and the queue for the wall is the longest in the hub by dusk. {gel_recipe == "blended":It feels like the Passing of the Bowl again, warm and forgiving. Jalen watches with a face like a closed door.|{gel_recipe == "sterile":The strokes come out thin and pale, as if the wall had lost its appetite.|Nobody cheers a blue jar. They come anyway.}}
- -> mural_beat ->
By late afternoon the side effects reach your wall before they reach the Care Hall.
{
- trolley && gel_recipe == "blended":
    {share("K") * 100 >= 3:Children show each other white-coated tongues: Candida, riding in with the starters. # when: share K >= 0.03|Children compare tongues; most are still pink, but Candida has come in with the starters all the same. # when: share K < 0.03} The implants say the hub's mouths have never held so many kinds of microbe, and Torus reads that aloud twice, because the second time he understands it. # fact: In gum disease, plaque usually holds more kinds of bacteria than in health, so a more diverse mouth is not necessarily a healthier one.
- sugarpaint:
    The painters' teeth ache at cold water. "That was my syrup," Pell says, to nobody in particular. # speaker: Pell
- trolley && gel_recipe == "sterile":
    No blood: a brown stain along everybody's front teeth instead, and a taste of metal that won't rinse out.
- else:
    A few sore gums, a chalky taste, a chorus of grumbling about how slow everything is. The readings creep; they don't leap.
}
{ph() < 5.5:The hub reads {ph_reading()}, under the line where enamel gives up its minerals, and your lower panels have begun to craze. # when: ph < 5.5|The hub reads {ph_reading()}. Above the enamel line, for now. # when: ph >= 5.5}
->->

=== kara_ritual ===
When the crowd has thinned, Elara finds you at the wall's foot with a basket of paper slips. # bg: ritual
"The ones people couldn't say out loud, not even to me. They asked whether the wall would take them instead. Without names." # speaker: Elara
There's room at the very bottom, under the hub's own strokes.{kara_festival.tales: Under your strip of festival pictures, as it happens: the leaking canopy and the honey-cake tooth, a week and a lifetime ago.}
{
- kara_gel.streets:
    Jalen, on the bench behind you, doesn't mention the east terraces. You feel it anyway. "No names. Not even initials." # speaker: Jalen # expression: determined
- kara_gel.greened:
    {mural() == "anxious" || mural() == "acidic":Your green glaze has worn thin, and the sourness shows through in blotches. # when: anxious or acidic|Your green glaze has worn thin in blotches, and what shows through is {mural() == "scorched":pale, not sour: the rinsing has left little to hide # when: scorched|{mural() == "inflamed":hot magenta at the seams # when: inflamed|no worse than the glaze # when: serene or vibrant}}.} Pell, asleep on a bench with a cake-tin on his knees, stirs as if he felt you looking.
- kara_gel.open:
    Someone, almost certainly Jalen, has lettered beside your chalked dosing line: ASKED, ANSWERED, WATCHED.
}
{ kara_gel.dosing.trolley && gel_recipe == "blended":
    "It's my blend on your wall, or yours on mine," Torus says from the dark. "Whatever it's showing, we both put it there." # speaker: Torus # expression: worried
}
The public ritual belonged to everyone. This small private one is yours to host.
* (told) [Open the wall's foot to them: each teller drinks a cup, brushes, then lays one nameless stroke # role: kara]
    ~ apply("saliva_boost", 0.6)
    ~ apply("brushing", 0.5)
    ~ apply("fluoride", 0.5)
    ~ pass(180)
    Jugs, toothbrushes and fluoride paste beside the paint. They come in ones and twos, unasked, and each drinks, brushes, and lays one stroke. A woman who has hidden a dry mouth for ten years paints a river. By the last slip the bottom row is a picture nobody signed, and everyone is in it.
* (spoken) [Read the slips to the wall in the dark; keep the brushes packed # role: kara]
    ~ apply("saliva_boost", 0.2)
    ~ apply("sugar_snack", 0.3)
    ~ pass(180)
    You dim the wall to an ember and read the slips to it quietly, the way you'd read to someone asleep. It's moving. The tellers go home lighter, to the same kitchens and the same cake-tins.
* (wake) [Hold a wake: Pell's fig tarts, strong coffee, and nobody sleeps # role: kara]
    ~ apply("sugar_feast", 0.6)
    ~ apply("dry_mouth", 0.6)
    ~ pass(180)
    Pell brings fig tarts, because grief wants feeding, and coffee you could stand a brush in. By the small hours there are crumbs in the paint, brown rings on the slips, and nobody's voice is more than a croak.
- -> mural_beat ->
{
- told: The wall takes the strokes the way skin takes a poultice, slowly, from the edges in.
- wake && (mural() == "acidic" || mural() == "anxious"):
    When the tarts run out you stand back and see what your party painted without a brush: orange creeping up from the bottom row. # when: acidic or anxious
- wake: When the tarts run out you stand back and look at the bottom row, and can't yet tell what your party has painted on it without a brush.
}
{ mural() == "inflamed":
    Elara lays her palm on the hot magenta border. "Once it starts, it feeds itself. The gums swell and leak, the wrong bacteria eat what leaks, and that makes the gums swell more." # when: inflamed # speaker: Elara # expression: worried # fact: Inflammation and dysbiosis feed each other: inflamed gums leak protein-rich fluid that gum bacteria such as P. gingivalis thrive on, and those bacteria keep the inflammation going.
}
-> kara_eye ->
The Commons empties. Mirela's granddaughter Suri, nine and paint to the elbows, is asleep against the jugs. You've lost track of the hour. What's left of it is yours.
* (slept) [Put the brushes down, drink a jug of water, and sleep # role: kara]
    ~ apply("saliva_boost", 0.4)
    ~ pass(300)
    You carry Suri home to Mirela's, drink a jug of water at the tap, and sleep without dreaming of colour. The wall manages without you. That's rather the point.
* (tended) [Leave a pot of plain probiotic at the wall, with Suri in charge after breakfast # role: kara]
    ~ apply("probiotic_gel", 0.5)
    ~ apply("meal", 1)
    ~ pass(300)
    A sign in Suri's crayon: ONE DAB, AFTER BREAKFAST, NOT BEFORE. In the morning she runs it like a customs post, and people eat a proper breakfast first because a nine-year-old tells them to.
* (painted) [Paint on alone, on coffee and leftover cake # role: kara]
    ~ apply("dry_mouth", 0.5)
    ~ apply("sugar_snack", 0.6)
    ~ pass(300)
    You paint until your hand cramps. Your implant nags you twice; you silence it twice. The panel is the best thing on the wall, and your mouth feels like sandpaper.
- ->->

=== kara_aftermath ===
After the assembly you walk back to the wall the long way, and find three people painting on it who never thought to ask you. Good. # bg: aftermath
{kara_ritual.told: The nameless bottom row has grown into the living cells, a band of river and teeth that nobody would dare paint over.}
That week they come by one at a time, as if they'd agreed it.
{implant_rule == "off":"The implants are dark now, by vote. Your wall still remembers the last week it was fed; it is the only thing left that speaks to everybody at once. Don't waste it."|{implant_rule == "board":"The assembly put every name on your wall. It speaks to everybody at once, about everybody. Make it bearable."|"The implants whisper to one person now. Your wall is the only thing left that speaks to everybody at once. Don't waste it."}} # speaker: Torus # expression: hopeful
{ kara_gel.streets or kara_outbreak.beam or kara_outbreak.two.named:
    "You showed the hub what a wall does to people when it shows too much," Jalen says. "Whatever you make of it now, make it something people can walk away from." # speaker: Jalen
- else:
    Jalen looks at the blurred, anonymous colour you kept. "Trust is a thing you can paint, it turns out." # speaker: Jalen # expression: hopeful
}
"People keep bringing me stories," Elara says, "and asking whether the wall is open. I tell them it's not my wall." # speaker: Elara # expression: wry
Nobody asks you what to paint any more, only what you'll set out for them. A week ago that would have offended you. Today it's the best commission you've ever had.
* (canvas) [A water table at every painting evening: a cup for a stroke, plain gel and toothbrushes by the jugs # role: kara]
    ~ apply("saliva_boost", 0.6)
    ~ apply("implant_sensor", 0.5)
    ~ apply("arginine_gel", 0.4)
    ~ apply("probiotic_gel", 0.3)
    ~ pass(720)
    You letter the house rules on the wall in paint that will grow over by spring: A CUP FOR A STROKE. BRUSH BEFORE YOU GO. YOUR COLOUR IS YOURS. The east terraces paint first, three hundred of them, and the wall remembers every one.
* (loose) [Let each street run its evening its own way: no table, no rules # role: kara]
    ~ apply("brushing", 0.3)
    ~ apply("sugar_snack", 0.5)
    ~ pass(720)
    Some streets bring water and brushes, because they remember. Others bring what a party brings. The wall's colours drift with whoever painted last, a little sweeter every week.
* (market) [Let Pell hang the Lane's bunting on it: a sweet stall at each end # role: kara]
    ~ apply("sugar_feast", 0.7)
    ~ apply("dry_mouth", 0.3)
    ~ pass(720)
    Pell is tired of being broke, and the hub of being frightened. Bunting, sweet stalls, music till late. People come to paint again, which is what you wanted. They come with sticky fingers, every evening, which is not.
- -> kara_eye ->
One question nobody else can answer: what do you paint yourself, now that the wall is everybody's?
* (gave) [Nothing. Run the water table and cook for the painters # role: kara]
    ~ apply("saliva_boost", 0.4)
    ~ apply("meal", 1)
    ~ pass(360)
    You fill jugs, wash brushes, and eat beans with the painters at a proper hour. It's the least you've painted in ten years. You've never felt more like an artist.
* (corner) [Keep one high corner for yourself, painted late at night on sweet coffee # role: kara]
    ~ apply("dry_mouth", 0.4)
    ~ apply("sugar_snack", 0.4)
    ~ pass(360)
    The top left corner, too high for ladders, painted after midnight with the old private hunger. It's good work. You come down each morning hollow-eyed and dry-mouthed.
* (bowl_panel) [Paint the Passing of the Bowl in your corner, and pass a bowl round the painters as the ritual filled it # role: kara]
    { ritual_bowl:
    - "water":
        ~ apply("saliva_boost", 0.6)
    - "plain":
        ~ apply("probiotic_gel", 0.4)
        ~ apply("arginine_gel", 0.4)
    - "blended":
        ~ apply("blended_gel", 0.6)
    - "honey":
        ~ apply("sugar_feast", 0.6)
    - "rinse":
        ~ apply("chlorhexidine", 0.6)
    - else:
        ~ apply("saliva_boost", 0.3)
    }
    ~ pass(360)
    Lanterns in ochre, four thousand hands in one long smear of umber, and at the centre the Bowl{ritual_bowl == "water":, glazed clear as rain|{ritual_bowl == "plain":, a cool blue flecked like the workshop's jar|{ritual_bowl == "blended":, cream with a purple heart, the way the starter-paint bloomed|{ritual_bowl == "honey":, amber, laid on thick enough to catch the light|{ritual_bowl == "rinse":, a hard, bright white|, left bare for whoever comes next}}}}}. When it is dry you fill a real bowl the way the ritual did and pass it along the scaffold, and each painter takes a mouthful because you did.
- Suri finds you at dusk and holds out a brush, handle first, the way you taught her.
{ kara_aftermath.canvas or kara_aftermath.gave:
    "Your turn. You're one of us now." # speaker: Suri
- else:
    "Your turn," she says, and waits, as if she knows you have to choose to take it. # speaker: Suri
}
You take it.
->->

// kara's closing scene for the ending the simulation chose. A tunnel from endings.
=== kara_epilogue ===
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- else: -> scorched
}
= flourishing
A season later the wall is the most ordinary thing in the Commons, and that is your masterpiece.
Green, mostly: the slow green of the gentle streptococci, who never did anything dramatic except take up room. Gold and teal in the busy middle. And here and there, if you know where to look, a fleck of rust or sour yellow: mutans, lactobacilli, a thread of P. gingivalis. They never left. They were never supposed to. A healthy wall was never an empty one. # when: serene or vibrant # mural: pulse # fact: Healthy plaque still holds a few acid-making bacteria; they stay a small minority while sugar comes at meals and saliva keeps flowing.
{kara_aftermath.canvas: On painting evenings the jugs still stand in a row. Nobody drinks a cup for a stroke because they have to; it has turned into manners, like wiping your feet.}
{kara_aftermath.gave: You paint one stroke a week now, like everyone, and nobody can tell which is yours. You've decided that's the finest review you'll ever get.}
You used to think the mural was a portrait you painted of the hub. It's a portrait the hub paints of itself, and your job is to keep the brushes clean and the water cold.
At next year's festival you leave the lower third blank. {kara_festival.tales:The first to climb the ladder is the grandmother with the leaking canopy, come to paint this year's story herself. }By midnight it is full, and none of it is yours.
->->
= fragile
The wall is mostly itself again. Mostly. People look at it the way you'd look at a friend who has been ill: kindly, and a little too closely. # when: anxious # mural: pulse
{
- share("M") + share("L") >= 0.1:
    Round the lower edge a sour rim won't fade, a fringe of orange that flares after every festival meal and takes too long to cool. The acid-lovers haven't won. They just haven't gone home. # when: anxious
- share("F") + share("P") >= 0.2:
    The borders where you put the gums are still pink: not burning, but warm to the eye, and warmer after every bad week. # when: anxious
- diversity() < 0.3:
    Whole panels are still pale, thinly peopled, slow to recover from all that rinsing. Calm, if you didn't know better. # when: anxious
- else:
    The lower panels where the enamel readings live are still faintly crazed, like glaze after a hard firing. The colour has recovered faster than the mineral. Teeth take longer than bacteria to forgive. # when: anxious
}
{kara_ritual.painted or kara_aftermath.corner: Your own implant still nags you about those nights of cake and coffee. You've started listening to it.}
{kara_festival.starters:Somewhere under it is the starter-paint you ground into the wall on the festival night. You don't scrape it out; you date it, like everything else. }You paint nothing over the weak place; you know what a kind lie costs. You put a chair in front of it instead, and a jug, and a sign: THIS BIT IS STILL HEALING. ASK ME.
People do ask. That's the first good sign. The second is that the weak place is, very slowly, smaller in autumn than it was in summer.
->->
= acid_takeover
The wall stays red. # when: acidic
You photograph it in low morning light, when the cracks show best: orange-red to head height, the sour yellows of mutans and the lactobacilli swollen to the size of doors, and through the lower panels a web of hairline cracks, each one a tooth that gave up a little mineral at every sweet hour. # when: acidic # mural: pulse # fact: Repeated dips below a plaque pH of about 5.5 favour acid-making, acid-tolerant bacteria such as mutans streptococci and lactobacilli, which then push the pH lower still.
{kara_gel.dosing.sugarpaint: Somewhere under the red is the sugar-paint panel. You can't see it any more. You know exactly where it is.}
{kara_aftermath.market: The bunting still hangs over the cracks. You take it down yourself.}
{kara_festival.sweetglass: The candied Lane you painted on the festival night has crazed with the rest, Pell's gold signature split down the middle.}
Under the photograph, where you hang it at the top of the Lane, you letter three lines small: SUGAR AT MEALTIMES. THE GARDEN COMES BACK. HOLES DON'T. # fact: Early chalky spots on enamel can harden again with fluoride and saliva, but a cavity cannot heal: lost enamel does not grow back.
Next year people will pass this picture on the way to the sweets. You intend to make them stop, and then, because you're not a monster, to let them buy one tart. With supper.
->->
= inflamed
You stop trying to make the wall beautiful.
It glows at every seam, magenta where the gum readings live, never cooling between beats. And it's crowded: Candida's creamy white, bruise-purple, shades you never named. For ten years you believed a busy wall was a healthy one. The wall has spent a week teaching you otherwise. # when: inflamed # mural: pulse
{kara_gel.dosing.trolley && gel_recipe == "blended": You gave a dab of the blend with every brush, the day it rained. You remember how tender it was, and you don't get to forget what the seams did afterwards.}
{(kara_aftermath.bowl_panel && ritual_bowl == "blended") or kara_festival.starters: You scrape the starter-paint out of the wall yourself, and Torus carries the jar away.}
The magenta runs seam to seam and back again, a loop with no place to stop: the hotter a border burns, the more it draws the colours that keep it hot. It will cool the way a kiln cools, slowly, under brushes and thread and the clinic's patience at the gumline, week after week. # when: inflamed # fact: Gum inflammation caused by plaque usually settles within a few weeks once the gumline is cleaned thoroughly every day.
So you let the wall be a warning, and a calendar. Under the hottest seam you paint the Passing of the Bowl as it was, lanterns and four thousand hands, and beside it: SHARE STORIES. SHARE SOUP. BE CAREFUL WHAT YOU SHARE MOUTH TO MOUTH. Each week you mark how far the magenta has drawn back: a little.
->->
= scorched
The wall is white. # when: scorched
Not calm, and not clean in any way that matters: empty. You lay both palms on the lattice and wait for the faint warmth that has answered your hands for ten years. It doesn't come. A few stubborn streaks cling on, the tough ones that can live in what's left, not the ones you'd have chosen. # when: scorched # mural: pulse
{kara_outbreak.beam or kara_gel.streets or (kara_gel.dosing.trolley && gel_recipe == "sterile"): You sent people to the rinse more than once. Every time it felt like a fresh start; every time the fresh start was a little emptier.}
A mouth was never meant to be clean the way a plate is. What comes back will come back slowly, from whatever survived and whatever people share with care.
So the wall becomes a record of exactly that. Every spoonful carefully shared, every week without a rinse, shows up as a speck of colour on the white, and you date each one in pencil.
You hand a brush to Suri and ask her to start the wall again. She paints one small green spiral at the bottom, very carefully, and looks at you as if to ask whether that's allowed.
It is. It's the only way a wall like this ever starts.
->->

// The classroom cut (acts/classroom.ink), day 4: the wall everyone has an opinion about.
=== kara_classroom ===
The fourth day comes in grey, rain ticking on the canopy. The queue for the {gel_recipe == "sterile":rinse|gel} runs right past your wall, and everyone in it has an opinion. # bg: gathering # when: day >= 4, day < 5
-> kara_eye ->
A mother asks you to cover it: her little one asks every morning whether the wall is angry with her. Pell Abara, who bakes the fig tarts at the top of the Lane and hasn't sold one since the chime, wants it repainted.
"A bit of green, Kara. Walls can fib for a week. It'd do everyone's nerves good, mine included." # speaker: Pell
"You laid it out by district, and everybody knows which panel is the east terraces. That's anonymous the way a village is anonymous." # speaker: Jalen # expression: worried
It was always your wall. This is the first time that has felt like a responsibility rather than a boast.
* (blurred) [Keep it open, but blur the districts into one picture and chalk a dosing line at its foot # role: kara]
    ~ apply("implant_sensor", 0.6)
    ~ apply("arginine_gel", 0.5)
    ~ pass(240)
    You unpick your own map until the wall shows one community instead of forty streets, then chalk a line on the paving: SMALL DOSES HERE, WATCHED. People who came to gawk stay to be measured. Jalen nods once, which from Jalen is a medal.
* (dimmed) [Dim it to a glow: only those who ask may look # role: kara]
    ~ apply("sugar_feast", 0.4)
    ~ pass(360)
    You turn the cells' gain down. Almost nobody asks to look. Pell's ovens come back on, and by afternoon his queue is longer than the workshop's. You have protected everyone's privacy, including their privacy from bad news.
* (streets) [Sharpen it street by street, so every block can see its own colour # role: kara]
    ~ apply("dry_mouth", 0.7)
    ~ apply("chlorhexidine", 0.5)
    ~ pass(240)
    Each block gets its own named panel, and by noon people stand before their own street with folded arms. The east terraces stop sleeping; neighbours knock on doors with bottles of rinse.
* (greened) [Do as Pell asks: glaze the wall over in calm green # role: kara]
    ~ apply("brushing", 0.3)
    ~ apply("sugar_snack", 0.4)
    ~ pass(300)
    A good glaze: {mural() == "anxious" || mural() == "acidic" || mural() == "inflamed":the pulse shows through only if you know to look. # when: anxious or acidic or inflamed|{mural() == "scorched":the pale wall underneath hardly shows at all. # when: scorched|what shows through is calmer than anyone feared. # when: serene or vibrant}} The crowd breathes out. A few go home and brush; most go home by way of Pell's stall. It's the first lie you have ever painted, and a kind one, which is how lies get you.
- ->->
