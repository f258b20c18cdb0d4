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
// The game sets role before the story starts; "" means: ask the player. "ensemble" is a
// group at one screen taking all four parts (the workshop mode).
VAR role = ""
// Ensemble only: "full" plays every role's part in each act; "short" (about 20 minutes)
// plays one part per act, the roles taking turns. Set by the game.
VAR ensemble_length = "full"
// Whose turn it is in a short ensemble game: counts the acts played so far.
VAR ensemble_turn = 0
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
// In ensemble play the parts are played one after another (or in turns when short), each
// opened by a line tagged # role: so the game can hand the screen to that role's player.
=== in_role(-> elara_part, -> torus_part, -> kara_part, -> jalen_part) ===
{ role:
- "elara": -> elara_part ->
- "torus": -> torus_part ->
- "kara": -> kara_part ->
- "jalen": -> jalen_part ->
- "ensemble":
    { ensemble_length == "short":
        ~ ensemble_turn = ensemble_turn + 1
        { ensemble_turn % 4:
        - 1: -> elara_turn(elara_part) ->
        - 2: -> torus_turn(torus_part) ->
        - 3: -> kara_turn(kara_part) ->
        - else: -> jalen_turn(jalen_part) ->
        }
    - else:
        -> every_role(elara_part, torus_part, kara_part, jalen_part) ->
    }
}
->->

// Every role's part in turn, whatever the session length: the epilogue gives each player
// their own character's ending.
=== every_role(-> elara_part, -> torus_part, -> kara_part, -> jalen_part) ===
{ role == "ensemble":
    -> elara_turn(elara_part) ->
    -> torus_turn(torus_part) ->
    -> kara_turn(kara_part) ->
    -> jalen_turn(jalen_part) ->
- else:
    -> in_role(elara_part, torus_part, kara_part, jalen_part) ->
}
->->

=== elara_turn(-> part) ===
Elara Drosin's part. # role: elara
-> part ->
->->

=== torus_turn(-> part) ===
Torus Kline's part. # role: torus
-> part ->
->->

=== kara_turn(-> part) ===
Kara Femir's part. # role: kara
-> part ->
->->

=== jalen_turn(-> part) ===
Jalen Rynn's part. # role: jalen
-> part ->
->->

// The plaque pH as a reading with one decimal, e.g. 6.8
=== function ph_reading() ===
~ temp tenths = INT(ph() * 10 + 0.5)
~ return "{tenths / 10}.{tenths % 10}"
