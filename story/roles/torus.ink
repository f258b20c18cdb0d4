// Torus Kline, biotech inventor: implants and the bioremediation gel.
// intro is a tunnel called from the festival; one..four is his outbreak track.
// gel_recipe (declared in main.ink) remembers which gel he brewed in two.

=== torus_festival ===
You are Torus Kline. Your implants sit in four thousand mouths across the hub: grain-of-rice sensors behind the last molar, tasting the plaque and whispering its pH to the network.
Tonight there's a cooler at your feet with something new in it: a gel cultured from local flora, a gentle S. salivarius-like strain with arginine folded in, so the good bacteria can make ammonia and lift the pH when sugar drags it down.
You haven't told Jalen yet.
->->

=== torus_outbreak ===
# bg: clinic
Your workshop above the seed library is a nest of cables, incubators and cold tea. Four thousand implant feeds scroll down the wall, and every one of them is wrong in the same direction.
* [Push a fine-grained calibration to every implant #role: torus]
    ~ apply("implant_sensor", 1.0)
    ~ advance(180)
    You rewrite the firmware in an hour and push it hub-wide. The implants stop shrieking and start speaking: which mouths, which sites, how fast. Small, precise help is possible now.
* [Mute the alarms: the panic is doing more harm #role: torus]
    ~ apply("sugar_feast", 0.6)
    ~ advance(360)
    You silence the chime. The wall goes quiet, and so does everyone's worry, and with it everyone's attention. The festival carries on down the Lane of Honeyed Things. The readings keep drifting.
* [Flood the worst mouths with chlorhexidine #role: torus]
    ~ apply("chlorhexidine", 1.0)
    ~ advance(180)
    You raid the clinic stores and send out bottles of chlorhexidine marked RINSE TWICE. The alarms fall silent within hours. So does nearly everything else the implants can hear.
- -> two

= two
By noon you're at the vats. The gel you brought is simple: your strain and arginine. But the festival starters are right there in the cooler, a thousand communities in little jars, and Kara is leaning in the doorway with paint on her wrists.
"Use ours. Whatever's gone wrong, the answer's in us too." # speaker: Kara
* [Brew it plain: your strain and arginine, nothing else #role: torus]
    ~ gel_recipe = "plain"
    ~ apply("probiotic_gel", 0.3)
    ~ advance(240)
    Less poetic. You test a batch on yourself and your volunteers first, and by evening the implant in your own jaw reports a pH that bounces back after sugar instead of sulking.
* [Blend in the festival starters, the hub's own flora #role: torus]
    ~ gel_recipe = "blended"
    ~ apply("blended_gel", 0.3)
    ~ advance(240)
    Kara is right that it's beautiful. You stir a spoon from every jar into the base. The culture blooms overnight, thick and busy, and under the microscope you see more than you bargained for: yeast, lactobacilli, threads of something anaerobic.
* [Sterilise first: vats, volunteers, everything #role: torus]
    ~ gel_recipe = "sterile"
    ~ apply("chlorhexidine", 0.6)
    ~ advance(240)
    No living gel until the field is clear. You hand antiseptic to your volunteers and scrub the vats until they squeak. Clean is simple. Clean is also empty.
- -> three

= three
Evening comes down over the Commons, and the wall lights the crowd beneath it. # bg: gathering
-> mural_beat ->
Jalen catches you at the workshop door, tablet already open.
"Before anything leaves this room: who gets it, how much, and what happens if it goes wrong?" # speaker: Jalen
* [Everyone, at every stall, as much as they like #role: torus]
    ~ give_torus_gel(1.0)
    ~ advance(360)
    You set up tables down the Lane and dose everyone who stops. {gel_recipe == "sterile":Bottle after bottle of antiseptic goes out under the festival lanterns.|By dusk there's hardly a mouth in the hub without your culture in it.} # sfx: pour
* [Only mouths with sensors, in measured doses #role: torus]
    ~ apply("implant_sensor", 0.5)
    ~ give_torus_gel(0.4)
    ~ advance(360)
    You and Jalen agree on small doses, watched. Every mouth you treat reports back within the hour, and you adjust the next dose by what it says.
* [Hold it back a day while Elara's brushing circles work #role: torus]
    ~ apply("brushing", 0.7)
    ~ advance(720)
    You close the cooler. For one day the hub does the unglamorous things: brushing circles, water, supper at regular hours. You watch the feeds and bite your nails.
- -> four

= four
# bg: night
Night, and with it the side effects.
{ gel_recipe:
- "blended": White patches of Candida on tongues. Gums that bleed at a touch. The festival's flora brought its own troublemakers.
- "plain": A few complaints of a chalky taste, nothing worse. But the readings are turning slowly, and people want faster.
- else: Teeth stained tea-brown, a flat metal taste in every mouth, and a strange hush on the implant wall: fewer species, and the first to come back are the acid-tolerant ones.
}
* [Another round, stronger #role: torus]
    ~ give_torus_gel(1.0)
    ~ advance(480)
    If a little helped, more will help more. You dose again, double strength, and watch the feeds without blinking.
* [Stop dosing; let saliva and time do their work #role: torus]
    ~ apply("saliva_boost", 0.6)
    ~ advance(720)
    You put the cooler away and hand out water instead. It is the hardest thing you've done all week: nothing, deliberately, and well.
* [Switch to arginine alone, to lift the pH #role: torus]
    ~ apply("arginine_gel", 0.8)
    ~ advance(480)
    You strip the gel to its simplest part: arginine, which the mouth's own friendly bacteria turn into ammonia. No new organisms, just a nudge to the ones already there.
- ->->

// Hand out whichever gel Torus brewed. Call only from a ~ logic line.

// ---- Acts still to write (tunnels: each must end with ->->) ----

=== torus_gel ===
TODO: torus's part in the gel workshop, the distribution and the side effects.
->->

=== torus_ritual ===
TODO: torus's part in the communal ritual.
->->

=== torus_aftermath ===
TODO: torus's part in the aftermath.
->->

// torus's closing scene for the ending the simulation chose. A tunnel from endings.
=== torus_epilogue ===
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- else: -> scorched
}
= flourishing
TODO: torus epilogue, flourishing.
->->
= fragile
TODO: torus epilogue, fragile.
->->
= acid_takeover
TODO: torus epilogue, acid takeover.
->->
= inflamed
TODO: torus epilogue, inflamed.
->->
= scorched
TODO: torus epilogue, scorched.
->->

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
