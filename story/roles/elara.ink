// Elara Drosin, Lead Oral Health Guardian: gatherings, shared stories, care.
// intro is a tunnel called from the festival; one..four is her outbreak track.

=== elara_festival ===
You are Elara Drosin, Lead Oral Health Guardian, and this is your eleventh festival. You still carry your own starter in your breast pocket, warm against your heart.
Tonight your job is mostly hugging: welcoming new starters, checking the sharing bowls are clean, reminding people that a mouth is an ecosystem, not a battlefield. People listen when you tell it as a story. So you always tell it as a story.
->->

=== elara_outbreak ===
# bg: clinic
The Care Hall is full ten minutes after the gathering breaks up. You move down the line with a tray of mirrors and a soft voice: sour mouths, stinging gums, a boy whose molar has gone chalky at the edge.
Outside, the Lane of Honeyed Things is setting up for the second day as if nothing has happened.
* [Close the sweet stalls and open water-kitchens #role: elara]
    ~ apply("saliva_boost", 0.7)
    ~ advance(180)
    You don't order it; you ask, stall by stall. The sweet-makers grumble, then turn their kettles to ginger water and mint tea. By noon people are sipping instead of grazing, and saliva, the mouth's own buffer, begins its patient work.
* [Keep the stalls open: people need comfort today #role: elara]
    ~ apply("sugar_feast", 0.7)
    ~ advance(180)
    "Let them have their festival," you say, and they do. Frightened people eat sweet things; you understand that better than anyone. You also know what every new mouthful does to plaque that is already struggling.
* [Open the clinic's antiseptic stores to everyone #role: elara]
    ~ apply("chlorhexidine", 1.0)
    ~ advance(180)
    You break the seals on the chlorhexidine and hand out cups at the door. It tastes of bitter metal. It kills broadly, without asking what it's killing. People rinse, spit, and thank you.
- -> two

= two
# bg: gathering
That afternoon a circle forms around you on the moss of the Commons: two hundred people waiting for the Guardian to tell them what this is.
* [Tell it as a story, in a brushing circle #role: elara]
    ~ apply("brushing", 0.8)
    ~ apply("fluoride", 0.5)
    ~ advance(240)
    You tell them about the garden in every mouth: the quiet streptococci who keep the peace, the acid-lovers who wait for sugar, the way a community tips when its weather changes. While you talk, brushes and fluoride paste go round. Two hundred people brushing in a circle, laughing at each other's foam.
* [Give them the raw numbers, every alarming one #role: elara]
    ~ apply("dry_mouth", 0.5)
    ~ advance(240)
    You read the implant figures aloud, unvarnished, because people deserve the truth. You watch it land: tight jaws, shallow breath, mouths going dry with fear. Stress slows saliva, and the acid lingers.
* [Send everyone home to rest #role: elara]
    ~ advance(480)
    "Go home. Sleep. We'll know more tomorrow." # speaker: Elara
    It is kind, and it is also doing nothing. The plaque in two hundred mouths spends the afternoon doing whatever it was already doing.
- -> three

= three
By dusk the Care Hall windows glow, and across the Commons so does the wall. # bg: clinic
-> mural_beat ->
Torus finds you at dusk with a cooler in his arms and the look of a man who hasn't slept.
"Two gels. The plain one: my salivarius strain and arginine. And a blended one, cut with the festival starters, so it's the hub's own flora. Both ready tonight." # speaker: Torus
* [Ask for the plain arginine gel, and only that #role: elara]
    ~ apply("arginine_gel", 0.7)
    ~ advance(240)
    "The plain one. Nothing we can't name." # speaker: Elara
    You paint it along gums by lamplight. The friendly bacteria break arginine down into ammonia, and ammonia is a base: the sourness eases out of the readings like a held breath let go.
* (blend) [Let him hand the blended gel to everyone #role: elara]
    ~ apply("blended_gel", 0.8)
    ~ advance(240)
    The hub's own flora. It sounds like a blessing. Torus's volunteers go down the line, and with the friendly strains come passengers nobody counted: yeast, lactobacilli, a few anaerobes that love an angry gum.
* [Rinse again, harder: another round of antiseptic #role: elara]
    ~ apply("chlorhexidine", 1.0)
    ~ advance(240)
    "No more cultures until we're clean." Torus closes the cooler without a word. Another round of chlorhexidine goes out, and the Care Hall smells like a hospital for the first time in its life.
- -> four

= four
# bg: night
The second night. The festival lanterns are lit out of habit, and people gather under them anyway.
* [Sit with the frightened: water, probiotic, old songs #role: elara]
    ~ apply("saliva_boost", 0.6)
    ~ apply("probiotic_gel", 0.4)
    ~ advance(480)
    You pass round a jug of water and a pot of plain probiotic and sing the starter-songs your grandmother sang. Calm loosens jaws; saliva flows. Nobody sleeps much, but nobody sleeps afraid.
* [Throw a late feast to lift everyone's spirits #role: elara]
    ~ apply("sugar_feast", 0.7)
    ~ advance(480)
    You bring out the festival cakes you'd been saving. Spirits lift. The readings sink, pulse after pulse, all night long.
* [Fit sensors to the worst-hit and varnish their teeth #role: elara]
    ~ apply("implant_sensor", 1.0)
    ~ apply("fluoride", 0.7)
    ~ advance(480)
    You work through the night with Torus's spare implants and a pot of fluoride varnish. By dawn forty of the worst-hit mouths are watched, and their enamel wears a little more armour.
* {three.blend} [Give a second round of the blend to all who ask #role: elara]
    ~ apply("blended_gel", 1.0)
    ~ advance(480)
    Yesterday's blend tasted of home, and people come back for more. You let Torus's volunteers give a second, fuller round, and the passengers ride along again, deeper into every gum.
* [One last antiseptic rinse for everyone before sleep #role: elara]
    ~ apply("chlorhexidine", 1.0)
    ~ advance(480)
    You set out the rinse cups one more time. Whatever is in those mouths tonight, good or bad, you want it gone by morning. By morning, it mostly is.
- ->->


// ---- Acts still to write (tunnels: each must end with ->->) ----

=== elara_gel ===
TODO: elara's part in the gel workshop, the distribution and the side effects.
->->

=== elara_ritual ===
TODO: elara's part in the communal ritual.
->->

=== elara_aftermath ===
TODO: elara's part in the aftermath.
->->

// elara's closing scene for the ending the simulation chose. A tunnel from endings.
=== elara_epilogue ===
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- else: -> scorched
}
= flourishing
TODO: elara epilogue, flourishing.
->->
= fragile
TODO: elara epilogue, fragile.
->->
= acid_takeover
TODO: elara epilogue, acid takeover.
->->
= inflamed
TODO: elara epilogue, inflamed.
->->
= scorched
TODO: elara epilogue, scorched.
->->
