// Act one: the Festival of Shared Breath. Evening and night of day one.
// Three shared choices (no role tag: the group's): the Lane, the Bowl, the night.

=== festival ===
~ until(1, 18)
Neo-anthropolis keeps its festivals the way it keeps its gardens: shared, tended, and slightly alive. # CLEAR # chapter: The Festival # bg: festival # music: festival # when: day >= 1.75, day < 2
For three days every year the Commons fills with lantern-moss and steam and the clink of little glass jars. Each jar holds a household's mouth-culture. Starters, people call them, like bread. Grandmothers carry ones older than the canopy; children carry ones they began last spring, labelled in crayon. # image: starter-jar = A little glass jar of creamy starter culture under an amber cloth cap, bubbling and flecked with colour, with a crayon label
-> in_role(-> elara_festival, -> torus_festival, -> kara_festival, -> jalen_festival) ->
At the head of the Commons the living mural breathes. {role != "kara":Kara Femir grew it from light-reading cells fed by the hub's implants, so the wall shows the community's mouths as colour. }{mural() == "serene":Tonight it is the soft green of a calm tide. # when: serene|Tonight it is a meadow of colour, gold and teal and rose, a hundred small spirals each keeping its own time. # when: vibrant} # mural: pulse
All evening the jars go hand to hand along the tables. A taste of a neighbour's starter on a clean spoon is how the hub says hello, and by the lantern-lighting most mouths here have tried a dozen. # fact: Mouth bacteria and yeasts travel between people in saliva, on shared spoons and in shared food.
~ apply("blended_gel", 1)
-> lane

= lane
The Lane of Honeyed Things runs the length of the Commons: fig-and-date tarts, spun maple, sour-cherry glass that cracks like ice, rice sweets bubbling in clay pots. Mirela Vasque, who has kept the same starter for sixty years, presses a tart into your hand.
"One won't hurt you. It's the grazing that does it: a little sugar all evening, and your mouth never gets a rest." # speaker: Mirela
She's right, and the science agrees with her. # fact: How often sugar arrives matters, as well as how much: each intake starts a new acid dip, and frequent dips favour acid-loving bacteria.
* [Eat your way down the whole Lane, one treat at a time]
    ~ festival_lane = "grazed"
    ~ apply("sugar_feast", 0.8)
    You graze. A tart, a shard of cherry glass, a spoon of rice sweet, another tart because the first was so good. By the lantern-lighting your tongue has forgotten what anything but sweet tastes like.
* [Take one tart, with a proper supper]
    ~ festival_lane = "supper"
    ~ apply("meal", 1)
    ~ apply("sugar_snack", 0.3)
    You eat bean stew and greens at the long tables, then one tart, slowly, while it's warm. Then you stop, which feels like a small act of rebellion.
* [Drink from the mist fountains; save the sweets for tomorrow]
    ~ festival_lane = "water"
    ~ apply("meal", 1)
    ~ apply("saliva_boost", 0.5)
    You eat supper, drink more water than anyone at your table, and chew a sprig of sweet cicely instead of candy. Your mouth feels wet and easy.
- ~ pass(180)
-> bowl

= bowl
At dusk comes the Passing of the Bowl. # sfx: crowd
Everyone adds a spoonful of their starter to the great clay bowl. Mirela stirs it with a wooden paddle, and the blend goes round: a dab on every tongue, four thousand mouths becoming, for one evening, one.
It is the most beautiful thing the hub does. It is also, microbiologically speaking, a very large experiment.
~ apply("blended_gel", 1)
The bowl reaches you, dark and fragrant, still warm from four thousand hands.
* [Take your dab and say the old words]
    ~ festival_bowl = "tasted"
    ~ apply("blended_gel", 0.3)
    "From my mouth to yours." The blend tastes of sourdough and plum and something faintly metallic underneath. Everyone cheers; they cheer for everyone.
* [Smile, and pass it on untasted]
    ~ festival_bowl = "passed"
    ~ pass(30)
    You pass it on with both hands, as is polite. Nobody minds. The right to share nothing at all is written into the festival's safeguards.
- The night is warm. The music goes on.
* [Dance until the lanterns burn out]
    ~ festival_night = "danced"
    ~ apply("dry_mouth", 0.6)
    ~ apply("sugar_snack", 0.5)
    You dance until your breath comes ragged and your mouth is as dry as the paving. At three in the morning somebody presses a candied plum into your hand, and you eat it.
* [Slip home early, brush, and sleep]
    ~ festival_night = "home"
    ~ apply("brushing", 0.8)
    You slip away at the second bell, brush by the window with the festival glowing below, and sleep like a stone.
* [Lie down in the moss beneath the mural]
    ~ festival_night = "moss"
    ~ pass(120)
    You lie down at the mural's foot, meaning to rest your eyes for a moment.
    {
    - mural() == "serene" || mural() == "vibrant":
        The wall's slow light moves over you like water. # when: serene or vibrant
    - else:
        The wall's light moves over you in quick, uneven flickers, like a pulse that will not settle, and you sleep badly under it. # when: not serene, not vibrant
    }
- ~ until(2, 5)
-> outbreak
