// Kara Femir, artist: the living mural, which becomes a collaborative canvas.
// intro is a tunnel called from the festival; one..four is her outbreak track.

=== kara_festival ===
You are Kara Femir. You grew the mural from bioluminescent cells and an anonymous feed of implant readings, and you still don't entirely understand it, which is what you love about it.
It isn't a screen. It's a portrait of the community that refuses to sit still. Tonight you have left its lower third blank. You want people to paint into it.
->->

=== kara_outbreak ===
# bg: gathering
After the gathering, a crowd stays in front of your wall, coffee going cold in their hands, watching it pulse. Someone asks you what it means. Someone else asks you to make it stop.
* [Make it a water-station: every brushstroke costs a cup drunk #role: kara]
    ~ apply("saliva_boost", 0.7)
    ~ advance(180)
    You set out jugs and a crate of brushes. One cup, one stroke. By midmorning the lower third is busy with clumsy colour and the crowd is thoroughly hydrated: the least glamorous cure in medicine, and one of the best.
* [Curtain it off until the festival's done #role: kara]
    ~ apply("sugar_feast", 0.5)
    ~ advance(360)
    You hang sailcloth over the wall. Out of sight, out of mind: the festival drifts back to the Lane of Honeyed Things. Behind the curtain the colours keep changing, and nobody is watching.
* [Beam the mural to every screen in the hub #role: kara]
    ~ apply("dry_mouth", 0.6)
    ~ apply("chlorhexidine", 0.5)
    ~ advance(180)
    Transit walls, kitchen panels, the inside of the canopy: the hub sees its own sour heartbeat and panics. Fear dries a thousand mouths, and the clinics run out of antiseptic rinse by noon.
- -> two

= two
The blank lower third was meant to be the festival's gift. Now people arrive with brushes and ask you what to paint.
* [Paint a brushing dance, and dance it at the wall's foot #role: kara]
    ~ apply("brushing", 0.8)
    ~ apply("fluoride", 0.4)
    ~ advance(240)
    You sketch figures brushing, spitting, laughing, and then the crowd becomes the sketch: an hour of fluoride foam and drums. Honestly, the best thing you've ever made.
* [Paint the festival back: lanterns, sweets, the Lane #role: kara]
    ~ apply("sugar_feast", 0.6)
    ~ advance(240)
    You paint the festival as it was two nights ago, gold and sugared. People take the hint and go back to the Lane to make the picture true.
* [Paint it white. Clean. A fresh start #role: kara]
    ~ apply("chlorhexidine", 1.0)
    ~ advance(240)
    You roll white over the lower third, and people read it the way pictures are read: as an instruction. They go home and rinse until their mouths are as blank as your wall.
- -> three

= three
-> mural_beat ->
Torus arrives with a cooler and an idea.
"Let the mural taste what people taste. Seed a panel with my gel, and they can come and be dosed where they paint." # speaker: Torus
* (blend) [Seed it with his blended gel, the festival's own flora #role: kara]
    ~ apply("blended_gel", 0.8)
    ~ advance(240)
    They come, they paint, they take a dab. The panel blooms a colour you've never seen: creamy white at the edges, then a deep bruise-purple creeping inward.
* [Ask for his plain arginine gel instead #role: kara]
    ~ apply("arginine_gel", 0.7)
    ~ advance(240)
    Arginine, so the mouth's own friendly bacteria make ammonia and soften the acid. The panel you seed with it turns, over the afternoon, from orange back toward green.
* [Refuse: the mural needs people, not products #role: kara]
    ~ apply("saliva_boost", 0.4)
    ~ advance(360)
    You send him away, kindly. The wall stays a wall of people: drinking, talking, painting. It is slower. It is theirs.
- -> four

= four
# bg: night
The second night. The mural is the only light in the Commons that nobody lit on purpose.
* [Leave it open and sit with whoever comes #role: kara]
    ~ apply("saliva_boost", 0.5)
    ~ apply("probiotic_gel", 0.5)
    ~ advance(480)
    You sit at the wall's foot all night with a jug of water and a pot of plain probiotic from the Care Hall. Whoever comes to look stays to talk. Somebody brings a guitar. The wall watches you back.
* [Sell prints for the clinic; feed the painters cake #role: kara]
    ~ apply("sugar_feast", 0.6)
    ~ advance(480)
    Prints of the mural sell by the hundred, and the money goes to the Care Hall. The festival cakes go to the painters, all night, a slice at a time.
* {three.blend} [Spread the blend over the whole wall; dose every painter #role: kara]
    ~ apply("blended_gel", 1.0)
    ~ advance(480)
    You paint the blended culture across the lower third and hand a dab to every painter who comes in the dark. By midnight the wall has a fevered, bruise-coloured shimmer, and so, the implants say, do a great many gums.
* [Scrub the wall, and everyone, with antiseptic #role: kara]
    ~ apply("chlorhexidine", 1.0)
    ~ advance(480)
    You wash the wall down to its lattice, and the painters rinse with you in solidarity. By midnight the wall is as clean as a dinner plate, and so are a great many mouths.
- ->->


// ---- Acts still to write (tunnels: each must end with ->->) ----

=== kara_gel ===
TODO: kara's part in the gel workshop, the distribution and the side effects.
->->

=== kara_ritual ===
TODO: kara's part in the communal ritual.
->->

=== kara_aftermath ===
TODO: kara's part in the aftermath.
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
TODO: kara epilogue, flourishing.
->->
= fragile
TODO: kara epilogue, fragile.
->->
= acid_takeover
TODO: kara epilogue, acid takeover.
->->
= inflamed
TODO: kara epilogue, inflamed.
->->
= scorched
TODO: kara epilogue, scorched.
->->
