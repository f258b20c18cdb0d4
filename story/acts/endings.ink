// The endings: the simulation chooses, the ink only tells it.
// ending() names the state the shared mouth has reached. Each stitch opens on its own
// screen, describes the wall as it stands, and hands over (in close) to the player's
// role epilogue, <role>_epilogue, which has one stitch per ending.

=== endings ===
{ ending():
- "flourishing": -> flourishing
- "fragile": -> fragile
- "acid_takeover": -> acid_takeover
- "inflamed": -> inflamed
- "scorched": -> scorched
- else: -> fragile
}

= flourishing
It takes a week, not a day, but the readings come home. # when: serene or vibrant # CLEAR # chapter: Flourishing # bg: festival # music: ending
The acid dips after meals are shallow and short. The gums cool. The quiet streptococci take back their ground, and the would-be villains settle into being what they always were: a few percent of a crowded, ordinary community, kept in their place by their neighbours and by weather that no longer suits them. # when: serene or vibrant # fact: In laboratory plaque communities, a shift toward acid-loving bacteria largely reversed once the pH was kept from falling: the same community, under better conditions, came back.
Nobody won. The mouth simply went back to being a garden.
The festival reconvenes on the ninth day. {everyday_rule == "lane":The Lane stays open all day, as the assembly voted, but most people take their sweets at supper now and drink water between.|The sweets come out once, at supper, and everyone drinks water between.} When the Bowl goes round, it goes round with water in it first. Mirela starts a new starter in a clean jar and, after some argument, names it Fifth Night.
-> mural_beat.always ->
-> close

= fragile
The alarms stop. The readings don't quite come home. # when: anxious # CLEAR # chapter: A Fragile Balance # bg: gathering # music: ending
The community is mostly itself again, but thinner at the edges: a few more acid-lovers than before, gums that bleed a little when brushed, a pH that takes its time to recover after sugar. It is a balance, and a balance can tip either way. # when: anxious
{role == "elara":You call|Elara calls} it convalescence. {role == "torus":You call|Torus calls} it a metastable state. Mirela calls it Tuesday.
{role == "elara":You keep|Elara keeps} the mouth-talks going at the Care Hall in the evenings, with fewer chairs set out every week.
"Either they're well, or they've forgotten. Ask me in a month." # speaker: Elara # expression: wry
-> mural_beat.always ->
-> close

= acid_takeover
The sweet days have done their work. # CLEAR # chapter: Acid Takeover # bg: clinic # music: ending
Pulse after pulse, the plaque has spent more hours below five and a half than above it, and the community has remade itself around the acid: mutans streptococci and lactobacilli thriving where the gentle streptococci gave up, each sour hour making the next one more likely. # when: acidic
Within a few weeks, teeth across the hub will turn chalky at the gumline. The first fillings are booked at the Care Hall for next month, and Teodor Vance is first on the list. # when: acidic
It can be undone: a mouth that stops drowning in sugar finds its way back. But not this week, and not by itself.
-> mural_beat.always ->
-> close

= inflamed
The blend brought more than anyone meant. # CLEAR # chapter: Inflamed # bg: clinic # music: ending
P. gingivalis was never more than a trace, and it never needed to be. It leans on the anaerobes around it and turns the gum's own defences into the damage, and every swollen gum feeds it more of what it wants.
Gums swell and bleed across the hub. Breath sours. The implants read mouths that are busy, crowded, even diverse, and sick. # when: inflamed # fact: Diversity is not the same as health: it falls in tooth decay but rises in gum disease, where a low-abundance keystone pathogen can tip the whole community.
Mirela puts her sixty-year starter on the highest shelf in her kitchen, and for the first time in her life does not share it with anyone.
-> mural_beat.always ->
-> close

= scorched
The outbreak is over, in the sense that nearly everything is over. # CLEAR # chapter: Scorched # bg: night # music: ending
The antiseptic did exactly what the bottle promised: it killed broadly, and it did not ask what it was killing.
The implants report a hush where a crowd used to be. Teeth stained tea-brown; a flat metal taste in every mouth. Into the emptiness creep the hardiest, the yeasts and lactobacilli the rinse touched least: fewer than before, but more of what is left, because an empty house is always claimed by whoever is least particular. # when: scorched # fact: Regular chlorhexidine rinsing can lower the diversity of the mouth's bacteria, and saliva's pH and buffering, even as it cuts their numbers.
The cure, in the end, is in people's pockets: the old starters, the ones nobody rinsed. Spoon by careful spoon, watched this time, the hub reseeds itself from its own history.
-> mural_beat.always ->
-> close

= close
{ everyday_rule:
- "routine": The brushing circles still meet at dusk on the Commons, as the assembly voted.
- "pots": In every kitchen the workshop's pot still stands on the shelf beside the salt, as the assembly voted.
- "rinse_day": Every seventh day the hub still rinses with the antiseptic, as the assembly voted.
- "lane": The Lane stays open all day, as the assembly voted.
}
// The classroom cut ends on one shared epilogue; its last question is left to the debrief.
{ role == "ensemble" && ensemble_length == "short":
    -> classroom_epilogue ->
    The festival will come round again next year. So will the sugar, the sharing, and the choice.
- else:
    -> every_role(-> elara_epilogue, -> torus_epilogue, -> kara_epilogue, -> jalen_epilogue) ->
    The festival will come round again next year. So will the sugar, the sharing, and the choice. # discuss: Which of your choices changed the mouth's environment, and which only attacked its microbes? What difference did that make?
}
-> END
