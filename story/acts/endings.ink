// The aftermath: the simulation chooses the ending.
// ending() names the state the shared mouth has reached; each stitch closes
// with one line in the player's own voice.

=== endings ===
// Each stitch opens with the chapter, music and backdrop of its own ending.
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- "scorched": -> scorched
- else: -> fragile
}

= flourishing
# CLEAR # chapter: Aftermath # bg: festival # music: ending
It takes a week, not a day, but the readings come home. The acid dips after meals are shallow and short. The gums cool. The quiet streptococci take back their ground, and the would-be villains settle into being what they always were: a few percent of a crowded, ordinary community. # fact: Some mouth bacteria break arginine down into ammonia, which neutralises acid; people without tooth decay tend to have more of this activity.
Nobody won. The mouth simply went back to being a garden.
The festival reconvenes on the ninth day. The sweets come out once, at supper, and everyone drinks water between. Someone starts a new starter and names it Third Day.
-> mural_beat ->
{ role:
- "elara": You tuck your starter back into your breast pocket. It's warm. Next year you'll tell this one as a story.
- "torus": You label the plain gel's jar in careful capitals: SMALL DOSES, WATCHED. The best thing you've invented, and half of it was restraint.
- "kara": You leave the lower third of the wall blank again. Next year, people will know what to paint.
- else: You pin the three-line rule to the seed-library door. It will need changing. That was the point.
}
-> close

= fragile
# CLEAR # chapter: Aftermath # bg: gathering # music: ending
The alarms stop. The readings don't quite come home.
The community is mostly itself again, but thinner at the edges: a few more acid-lovers than before, gums that bleed a little when brushed, a pH that recovers slowly after sugar. It is a balance, and a balance can tip either way.
{role == "elara":You call|Elara calls} it convalescence. {role == "torus":You call|Torus calls} it a metastable state. Mirela calls it Tuesday.
-> mural_beat ->
{ role:
- "elara": You draw up a season of brushing circles. Gardens recover by being tended, not by being rescued.
- "torus": You leave the implants listening. Whichever way the next nudge goes, you want to see it coming.
- "kara": You paint nothing over the wall's sour rim. Some pictures should stay honest.
- else: You extend the emergency rules one more week, and write the date they end in ink, not pencil.
}
-> close

= acid_takeover
# CLEAR # chapter: Aftermath # bg: clinic # music: ending
The sweet days have done their work. Pulse after pulse, the plaque has spent more hours below five and a half than above it, and the community has remade itself around the acid: mutans streptococci and lactobacilli thriving where the gentle streptococci gave up.
Teeth across the hub turn chalky at the gumline. The first fillings are booked at the Care Hall for next month.
It can be undone: a mouth that stops drowning in sugar finds its way back. But not this week, and not by itself.
-> mural_beat ->
{ role:
- "elara": You close the Lane of Honeyed Things for the season and open a water-kitchen in its place. Nobody thanks you yet.
- "torus": Every implant in the hub reads below five at dusk. You start work on an arginine chew, with a sugar-free base.
- "kara": You photograph the cracked orange wall. This is the picture that will make people listen next year.
- else: You draft a rule about sugar, then tear it up. People need a reason, not an order. You start writing the reason.
}
-> close

= inflamed
# CLEAR # chapter: Aftermath # bg: clinic # music: ending
The blend brought more than anyone meant. P. gingivalis was never more than a trace, and it never needed to be: it leans on the anaerobes around it and turns the gum's own defences into the damage.
Gums swell and bleed across the hub. Breath sours. The implants read mouths that are busy, crowded, even diverse, and sick. # fact: Diversity is not the same as health: it falls in tooth decay but rises in gum disease, where a low-abundance keystone pathogen can tip the whole community.
-> mural_beat ->
{ role:
- "elara": You open the Care Hall for gum care every evening this month. Inflammation cools slowly, and you mean to be patient.
- "torus": You pour the rest of the blended gel down the sink, jar by jar, and start writing down what was in it. # sfx: pour
- "kara": You stop trying to make the wall beautiful and let it be a warning.
- else: You write the rule you should have written first: nothing goes into a thousand mouths that hasn't gone into ten, watched.
}
-> close

= scorched
# CLEAR # chapter: Aftermath # bg: night # music: ending
The outbreak is over, in the sense that nearly everything is over. The antiseptic did exactly what the bottle promised: it killed broadly.
The implants report a hush where a crowd used to be. Teeth stained tea-brown; a flat metal taste in every mouth. Into the emptiness, the hardiest and most acid-tolerant survivors return first. # fact: Regular chlorhexidine rinsing lowers the diversity of the mouth's bacteria and can lower saliva's pH and buffering, even as it cuts their numbers.
The cure, in the end, is in people's pockets: the old starters. Spoon by spoon, the hub reseeds itself from its own history.
-> mural_beat ->
{ role:
- "elara": You go door to door with Mirela's sixty-year starter, asking each house for a spoonful back.
- "torus": You lock the antiseptic stores and wear the key on a string. Clean is not the same as well.
- "kara": You hand a brush to a child and ask her to start the wall again.
- else: You write into the safeguards: no mandate may sterilise what it cannot replace.
}
-> close

= close
-> in_role(-> elara_epilogue, -> torus_epilogue, -> kara_epilogue, -> jalen_epilogue) ->
The festival will come round again next year. So will the sugar, the sharing, and the choice. # discuss: Which of your choices changed the mouth's environment, and which only attacked its microbes? What difference did that make?
-> END
