// Jalen Rynn, ethics overseer: safeguards, privacy against collective health,
// governance that can change its mind.
// intro is a tunnel called from the festival; one..four is Jalen's outbreak track.

=== jalen_festival ===
You are Jalen Rynn, and your job is to ask the question nobody wants asked at a party. Who consented to the sensors? Who owns a mouth-culture once it has been shared with a thousand strangers?
You drafted the festival's safeguards yourself: opt-in readings, clean bowls, the right to share nothing at all. Tonight you are off duty. You keep your tablet in your bag anyway.
->->

=== jalen_outbreak ===
# bg: clinic
The Council of Care wants your answer by noon. The implants could tell the clinic exactly whose mouths are failing. That was never the deal: your own safeguards say readings stay anonymous and opt-in.
* [Open the data to the clinic, with consent asked at the door #role: jalen]
    ~ apply("implant_sensor", 0.8)
    ~ advance(180)
    You write a one-page consent in plain words and post volunteers at the Care Hall door. Most people say yes. A few say no, and you make sure no costs them nothing. The clinic can see where help is needed.
* [Keep the data locked: nobody's mouth is public #role: jalen]
    ~ advance(360)
    You hold the line. Promises made in calm are for keeping in storms. The clinic works blind for a day, and the outbreak does not wait for it.
* [Skip the data: mandate an antiseptic rinse for all #role: jalen]
    ~ apply("chlorhexidine", 1.0)
    ~ advance(180)
    If nobody's data is opened, everyone can at least be treated alike. You sign the mandate and the whole hub rinses. Fair, in its way. Blunt in every way.
- -> two

= two
Torus stands in your doorway with a cooler and a consent form he has clearly written himself.
"The blended gel. The festival's own flora. I want it in every mouth by tonight." # speaker: Torus
* (blend) [Approve it for everyone: speed is mercy #role: jalen]
    ~ apply("blended_gel", 0.9)
    ~ advance(240)
    You sign. His volunteers fan out across the hub, and by nightfall the blend is in nearly every mouth, with everything it carries, counted and uncounted.
* [Approve only his plain arginine gel, as a volunteer trial #role: jalen]
    ~ apply("arginine_gel", 0.6)
    ~ advance(240)
    "The plain one. Volunteers only, readings shared with their say-so, and we stop the moment anything looks wrong." # speaker: Jalen
    Torus sighs, and then, to his credit, agrees.
* [Approve nothing yet; back the ordinary care #role: jalen]
    ~ apply("brushing", 0.6)
    ~ apply("saliva_boost", 0.4)
    ~ advance(240)
    You send Torus to help Elara's brushing circles and water-kitchens instead. He calls it timid. You call it not making two problems out of one.
- -> three

= three
Evening, and the Commons fills for the closing feast. # bg: gathering
-> mural_beat ->
The festival closes tonight with the Great Sweetening: every treat in the Lane, shared at one long table. The Council asks whether it should go ahead.
* [Ask, don't forbid: post the sugar facts at every table #role: jalen]
    ~ apply("sugar_snack", 0.4)
    ~ apply("fluoride", 0.5)
    ~ advance(360)
    You post it in big friendly letters: one sweet sitting, not an evening of grazing; water between; fluoride paste at every table. People eat their cake. Most of them eat it once.
* [Let it run: the festival is theirs #role: jalen]
    ~ apply("sugar_feast", 1.0)
    ~ advance(360)
    You say nothing, and the Great Sweetening goes on until midnight: tart after tart, toast after toast, every mouth in the hub bathed in sugar for six hours straight.
* [Let it run, but mandate a rinse after #role: jalen]
    ~ apply("sugar_feast", 0.8)
    ~ apply("chlorhexidine", 1.0)
    ~ advance(360)
    A compromise: feast, then rinse, every table, by order. It sounds wise in the council room. In the mouth it means a long bath of sugar and then a chemical scouring of everything that lives there.
* [Cancel it, by order #role: jalen]
    ~ apply("meal", 0.6)
    ~ apply("dry_mouth", 0.5)
    ~ advance(360)
    The feast is off; the food is served as plain supper. Nobody thanks you. Resentment is a stress like any other, and stressed mouths run dry.
- -> four

= four
# bg: night
The night council meets in the seed library, exhausted. They want a rule.
* [Write a rule that can change, reviewed each dawn #role: jalen]
    ~ apply("saliva_boost", 0.5)
    ~ apply("probiotic_gel", 0.5)
    ~ advance(480)
    Three lines. Care before control. Small doses, watched. Review every dawn, in public, with the mural as witness. The first act under it is modest: water and plain probiotic at the Care Hall for whoever wants them.
* {two.blend} [Make the blend a free standing ration for every mouth #role: jalen]
    ~ apply("blended_gel", 1.0)
    ~ advance(480)
    You write the gel into the rules: free, daily, for everyone. It feels generous. It is also the largest dose of an uncounted culture the hub has ever taken.
* [A second rinse mandate, to be sure #role: jalen]
    ~ apply("chlorhexidine", 1.0)
    ~ advance(480)
    To be sure. The words feel solid in your mouth. The hub rinses again, and the implants report something close to silence.
* [Adjourn; everyone needs sleep more than rules #role: jalen]
    ~ apply("dry_mouth", 0.5)
    ~ apply("sugar_snack", 0.5)
    ~ advance(720)
    You send everyone to bed. The hub sleeps badly, jaws clenched, mouths dry, nibbling at the feast's leftovers in the small hours, while the plaque goes on deciding things without you.
- ->->


// ---- Acts still to write (tunnels: each must end with ->->) ----

=== jalen_gel ===
TODO: jalen's part in the gel workshop, the distribution and the side effects.
->->

=== jalen_ritual ===
TODO: jalen's part in the communal ritual.
->->

=== jalen_aftermath ===
TODO: jalen's part in the aftermath.
->->

// jalen's closing scene for the ending the simulation chose. A tunnel from endings.
=== jalen_epilogue ===
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- else: -> scorched
}
= flourishing
TODO: jalen epilogue, flourishing.
->->
= fragile
TODO: jalen epilogue, fragile.
->->
= acid_takeover
TODO: jalen epilogue, acid takeover.
->->
= inflamed
TODO: jalen epilogue, inflamed.
->->
= scorched
TODO: jalen epilogue, scorched.
->->
