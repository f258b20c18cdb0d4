// Dental Biocalypse: the story's front door.
// Declares what ink may ask of the simulation, the shared variables,
// and the files that hold the acts. See story/README.md.

// --- The contract with the simulation (names are exact) ---
// Side effects: each runs once, only on ~ logic lines.
EXTERNAL apply(intervention, dose)
EXTERNAL advance(minutes)
// Pure reads: safe anywhere, including conditions.
EXTERNAL ph()
EXTERNAL health()
EXTERNAL diversity()
EXTERNAL share(group)
EXTERNAL mural()
EXTERNAL ending()

// --- Shared variables ---
// The game sets role before the story starts; "" means: ask the player.
VAR role = ""
// Which gel the workshop brewed: "plain", "blended" or "sterile". The gel act's shared
// choice sets it (Torus's own parts may too), so later choices hand out the same one
// with hub_gel(dose) (acts/gel.ink) or give_torus_gel(dose) (roles/torus.ink).
VAR gel_recipe = "plain"
// The mural state mural_beat last described, so it speaks only when the wall has changed.
VAR last_mural = ""

INCLUDE acts/festival.ink
INCLUDE acts/outbreak.ink
INCLUDE acts/gel.ink
INCLUDE acts/ritual.ink
INCLUDE acts/aftermath.ink
INCLUDE acts/endings.ink
INCLUDE roles/elara.ink
INCLUDE roles/torus.ink
INCLUDE roles/kara.ink
INCLUDE roles/jalen.ink

-> start

=== start ===
{ role == "":
    -> choose_role
- else:
    -> festival
}

=== choose_role ===
# chapter: Neo-anthropolis, 2147
# bg: festival
# music: festival
The bio-hub hums under its canopy of glass and fern. Tonight is the Festival of Shared Breath. Four people will matter before the week is out.
Who will you be?
* [Elara Drosin, Lead Oral Health Guardian]
    ~ role = "elara"
* [Torus Kline, biotech inventor]
    ~ role = "torus"
* [Kara Femir, artist of the living mural]
    ~ role = "kara"
* [Jalen Rynn, ethics overseer]
    ~ role = "jalen"
- -> festival

// Each act hands over to the player's own role for a scene only that role gets:
//   -> in_role(-> elara_gel, -> torus_gel, -> kara_gel, -> jalen_gel) ->
// Every role part is a tunnel (it ends with ->->) in story/roles/<role>.ink.
=== in_role(-> elara_part, -> torus_part, -> kara_part, -> jalen_part) ===
{ role:
- "elara": -> elara_part ->
- "torus": -> torus_part ->
- "kara": -> kara_part ->
- else: -> jalen_part ->
}
->->

// The plaque pH as a reading with one decimal, e.g. 6.8
=== function ph_reading() ===
~ temp tenths = INT(ph() * 10 + 0.5)
~ return "{tenths / 10}.{tenths % 10}"
