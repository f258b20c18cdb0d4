// Act three: Torus's gel workshop, the distribution, the side effects of blending
// microbiomes, the mural's anxiety and Jalen's protocols. Days three and four.
// Shared: what goes into the vats (sets gel_recipe), then how the gel goes out.

=== gel ===
~ until(3, 8)
The third morning smells of yeast and warm glass. # CLEAR # chapter: The Gel # bg: workshop # music: workshop # when: day >= 3.25, day < 3.5
{role == "torus":Your|Torus's} workshop above the seed library has its doors propped open for the first time anyone can remember, and the hub comes up the stairs with its jars.
{outbreak_meal == "breakfast":The porridge pots from yesterday's story circle are stacked by the door, washed and waiting for lunch.|{outbreak_meal == "sweets":The festival trays from yesterday's story circle are stacked by the door, empty but for crumbs.|Nobody in the queue has eaten much since yesterday's fast, and somebody has thought to bring bread.}}
It is a workshop in the old sense: long tables, borrowed aprons, thirty people who have never held a pipette being shown how. Under the window stand the vats, humming softly. # sfx: bubble
The strain in them is local. {role == "torus":You|Torus} isolated it from Mirela's sixty-year starter: a gentle Streptococcus salivarius that has lived in the hub's mouths longer than the canopy has stood over them. Beside the vats are sacks of arginine, pressed from the bean terraces on the east slope.
"My grandmother's mouth, in a tank," says Mirela, peering in. "She would have been unbearable about it." # speaker: Mirela
"The strain is a good neighbour. It crowds the acid-makers and makes a little bacteriocin against them. But the arginine is the real trick: the friendly bacteria break it down to ammonia, and ammonia mops up acid." # speaker: Torus # expression: hopeful
It is the oldest kind of help: feed the side you want to win. # fact: Some mouth bacteria break arginine down into ammonia, which neutralises plaque acid; people without tooth decay tend to have more of this activity.
"Will it work?" somebody asks from the back.
"The strain on its own? Maybe, a little. I'd love to promise more. The trials don't let me." # speaker: Torus # expression: wry
Honest, and not what anyone wanted to hear. # fact: Probiotic Streptococcus salivarius strains such as K12 and M18 make bacteriocins and can settle in the mouth, but the clinical evidence that they prevent tooth decay is still weak.
Then {role == "kara":you come|Kara comes} up the stairs with a crate of festival jars clinking in {role == "kara":your|her} arms, and behind {role == "kara":you|her} half the Lane, each with a starter of their own.
"Use ours. Whatever's gone wrong, the answer's in us too." # speaker: Kara # expression: determined
The tables fall quiet. This batch is for four thousand mouths, and it is the tables, not one inventor, that will decide what goes into it.
* [Keep it plain: the one strain and arginine, nothing we can't name]
    ~ gel_recipe = "plain"
    ~ apply("probiotic_gel", 0.4)
    ~ apply("arginine_gel", 0.4)
    ~ pass(240)
    The festival jars go back into {role == "kara":your|Kara's} crate, gently, with thanks. The vats get the one strain and the arginine and nothing else. Thirty volunteers taste the first spoonfuls at noon. By mid-afternoon their implants show pH that bounces back after a sugar test instead of sulking.
    It is not poetry. It is a thing you can write on a label.
* [Stir in a spoon from every festival jar: the hub's own flora]
    ~ gel_recipe = "blended"
    ~ apply("blended_gel", 0.5)
    ~ pass(240)
    Jar after jar, the hub gives a spoonful of itself to the vats, and everyone cheers each one, as at the Bowl. The culture blooms by afternoon, thick and fragrant and busy.
    Under the microscope {role == "torus":you see|Torus sees} more than anyone bargained for: budding yeast, fat rods of lactobacilli, thin threads of something that likes the dark. The volunteers who tasted it say it tastes like home.
* [Sterilise first: the vats, the volunteers, everything]
    ~ gel_recipe = "sterile"
    ~ apply("chlorhexidine", 0.7)
    ~ pass(240)
    No living culture, the tables decide, until the field is clear. The vats are scrubbed and filled with chlorhexidine instead, and the volunteers rinse with it first, to show it's safe. It tastes of bitter coins. Clean is simple. Clean is also empty.
- -> protocols

= protocols
By the afternoon the {gel_recipe == "sterile":rinse|gel} is bottled, labelled and stacked by the door, and {role == "jalen":you are|Jalen is} standing in front of it.
"Three lines. Say what's in it. Ask before you give it. Watch what it does." # speaker: Jalen # expression: determined
{role == "jalen":You pin|Jalen pins} them to the seed-library door, in large letters, where nobody can say they didn't see them. Not everyone is pleased. Teodor Vance, jaw sore and temper short, says that protocols are for people who aren't in pain.
* [{role == "jalen":Your|Jalen's} three lines: ask first, dose small, watch every mouth with a sensor]
    ~ gel_protocol = "asked"
    ~ apply("implant_sensor", 0.6)
    ~ hub_gel(0.3)
    ~ pass(300)
    The queue moves slowly. Every dose is explained, agreed and logged, and every mouth that takes it wears a sensor home. By evening the feeds show which mouths answer and which don't, and the next doses are smaller and better aimed.
* [Tables down the whole Lane: everyone, as much as they like]
    ~ gel_protocol = "lane"
    ~ hub_gel(1.0)
    ~ pass(300)
    The bottles go out by the crate. Tables line the Lane of Honeyed Things, and people take a dose, and another for the children, and one for a neighbour who couldn't come. By nightfall there is hardly a mouth in the hub without it. # sfx: pour
* [Hand it out with a honey-drop, to take the taste away]
    ~ gel_protocol = "honey"
    ~ hub_gel(0.5)
    ~ apply("sugar_feast", 0.6)
    ~ pass(300)
    A spoonful of sugar to help it down: the sweet-makers are delighted to help. Every dose comes with a honey-drop, and then people go back for a second honey-drop, and the Lane is busy again by dusk.
* [Hold it back until tomorrow: brushing circles and water come first]
    ~ gel_protocol = "held"
    ~ apply("brushing", 0.7)
    ~ apply("saliva_boost", 0.4)
    ~ pass(360)
    The crates stay stacked by the door. For the rest of the day the hub does the unglamorous things instead: brushing circles on the Commons, water at every corner, meals at meal-times. It is the least dramatic afternoon of the week, and some people never forgive it for that.
- ~ until(4, 7)
The fourth day comes in with rain on the canopy, and each of you goes to meet it. # when: day >= 4, day < 4.5
-> in_role(-> elara_gel, -> torus_gel, -> kara_gel, -> jalen_gel) ->
-> turmoil

= turmoil
~ until(4, 18)
On the evening of the fourth day the hub comes to the wall with its complaints. # CLEAR # bg: gathering # music: outbreak # sfx: crowd # when: day >= 4.7, day < 5
{
- mural() == "scorched":
    The readings have gone quiet, the quiet of a field after a fire: few voices left in anyone's mouth, a taste of coins, teeth stained the colour of tea. # when: scorched
- health() >= 0.75:
    The readings are steady, better in most streets than on the second morning, and it hardly matters: people are tired and frightened, and the side effects are the part they can see. # when: not scorched, health >= 0.75
- else:
    The readings are no better than they were on the second morning, and in some streets they are worse. # when: not scorched, health < 0.75
}
{ share("K") * 100 >= 3:
    Tongues furred white, more of them than on the second morning, and mothers scraping at their children's with a spoon. # when: share K >= 0.03 # fact: The yeast Candida albicans and Streptococcus mutans help each other: with plenty of sugar, together they build thicker, more acidic biofilms and more severe decay than either alone.
- else:
    Pim's tongue has cleared, and so have most others; the white patches of the second morning are fading. Pim shows hers to everyone anyway, pink and a little disappointed. # when: share K < 0.03 # fact: The yeast Candida albicans and Streptococcus mutans help each other: with plenty of sugar, together they build thicker, more acidic biofilms and more severe decay than either alone.
}
{ share("P") * 1000 >= 6 || mural() == "inflamed":
    And gums. People come with blood on their brushes and a sour, rotten-sweet breath they can't get rid of. The festival's blended cultures carried passengers nobody counted, and they have settled into the pockets along the gumline where no brush reaches. # when: share P >= 0.006 or inflamed # fact: Porphyromonas gingivalis is a keystone pathogen: even at low numbers it can tip the whole gum community into damaging inflammation, but it depends on partners such as Fusobacterium nucleatum to get a foothold.
- else:
    The gums, at least, are mostly quiet. A few still sting, and only a few come with blood on the brush. # when: share P < 0.006, not inflamed # fact: Porphyromonas gingivalis is a keystone pathogen: even at low numbers it can tip the whole gum community into damaging inflammation, but it depends on partners such as Fusobacterium nucleatum to get a foothold.
}
The arguments start at the foot of the wall and do not stop. Teodor wants the starters burned, every jar of them. Mirela has her own jar clutched to her chest and says he'll have to burn her first. Someone shouts that the sensors are spying; someone else shouts that they should have been spying sooner.
Through all of it the mural keeps its own time above them, and for once everybody is looking at it. # mural: pulse
-> mural_beat.always ->
"Nothing more goes into anybody tonight," {role == "jalen":you say|says Jalen}, standing on a bench. "Not gel, not rinse, not anything. We sleep, and tomorrow we decide together, with our eyes open." # speaker: Jalen # expression: determined
"Together is how we got into this," says Teodor. # speaker: Teodor
"Together is the only way we get out," says Mirela. Nobody has an answer to that, so, one by one, they go home. # speaker: Mirela
The Passing of the Bowl was meant to make four thousand mouths into one community. It did. Nobody said the community would be healthy. # discuss: The festival blends everyone's mouth-cultures as a tradition of belonging. When does sharing something living become a risk to others, and who should get to decide?
-> ritual

// Hand out whichever gel the workshop brewed (gel_recipe) to the whole hub.
// Call only from a ~ logic line: ~ hub_gel(0.5)
=== function hub_gel(dose) ===
{ gel_recipe:
- "blended":
    ~ apply("blended_gel", dose)
- "sterile":
    ~ apply("chlorhexidine", dose)
- else:
    ~ apply("probiotic_gel", dose)
    ~ apply("arginine_gel", dose)
}
