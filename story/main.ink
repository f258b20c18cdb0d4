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
// Ensemble only: "full" plays every role's part in each act; "short" is the classroom cut
// (acts/classroom.ink): about 2,300 words on screen, each role one scene. Set by the game.
VAR ensemble_length = "full"
// Which gel the workshop brewed: "plain", "blended" or "sterile". The gel act's shared
// choice sets it (and nothing else: it is the group's), so later choices hand out the same one
// with hub_gel(dose) (acts/gel.ink) or give_torus_gel(dose) (roles/torus.ink).
// "" until then (ink saves no VAR left at its default, and the debrief reads the save).
VAR gel_recipe = ""
// What the outbreak's gathering decided about the implant feeds: "open" (every feed read),
// "asked" (readings shared only by those who offer them) or "rinse" (no readings, an
// antiseptic rinse at the gate). Set by the sensor vote in both the long and the short cut.
VAR sensor_vote = ""
// What the aftermath's assembly decided about the implants: "charter", "board" (every
// reading on the wall by name) or "off". Set by its first shared choice.
VAR implant_rule = ""
// The group's other decisions, one VAR per shared choice, so later acts and the debrief
// (src/session/groupDecisions.ts) can call them back. "" until the choice is made.
// The festival: the Lane ("grazed", "supper", "water"), the Bowl ("tasted", "passed"),
// the night ("danced", "home", "moss").
VAR festival_lane = ""
VAR festival_bowl = ""
VAR festival_night = ""
// What went round the outbreak's story circle: "breakfast", "sweets" or "fast".
VAR outbreak_meal = ""
// How the gel went out: "asked" (Jalen's three lines), "lane", "honey" or "held".
VAR gel_protocol = ""
// What filled the Bowl at the ritual: "water", "plain", "blended", "honey" or "rinse".
VAR ritual_bowl = ""
// How the ritual night (the vigil) ended: "dawn", "song" or "home".
VAR ritual_night = ""
// The assembly's everyday rule: "routine", "pots", "rinse_day" or "lane".
VAR everyday_rule = ""
// The mural state mural_beat last described, so it speaks only when the wall has changed.
VAR last_mural = ""
// The story's clock: minutes of simulated time since midnight before the festival (day 1,
// 00:00), kept by pass() and until() below. Don't set it yourself.
VAR clock = 0
// In the full group session the four role parts of an act happen side by side, so each
// passes a quarter of its time (every_role sets it to 4); 1 otherwise. Don't set it yourself.
VAR part_share = 1

INCLUDE acts/festival.ink
INCLUDE acts/outbreak.ink
INCLUDE acts/gel.ink
INCLUDE acts/ritual.ink
INCLUDE acts/aftermath.ink
INCLUDE acts/endings.ink
INCLUDE acts/classroom.ink
INCLUDE roles/elara.ink
INCLUDE roles/torus.ink
INCLUDE roles/kara.ink
INCLUDE roles/jalen.ink

-> start

=== start ===
{
- role == "":
    -> choose_role
- role == "ensemble" && ensemble_length == "short":
    -> classroom
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
// In ensemble play (the full session) the parts are played one after another, each opened
// by a line tagged # role: so the game can hand the screen to that role's player. The
// short session never comes here: acts/classroom.ink calls one scene per role itself.
=== in_role(-> elara_part, -> torus_part, -> kara_part, -> jalen_part) ===
{ role:
- "elara": -> elara_part ->
- "torus": -> torus_part ->
- "kara": -> kara_part ->
- "jalen": -> jalen_part ->
- "ensemble": -> every_role(elara_part, torus_part, kara_part, jalen_part) ->
}
->->

// Every role's part in turn: the full session's acts, and its four epilogues.
=== every_role(-> elara_part, -> torus_part, -> kara_part, -> jalen_part) ===
{ role == "ensemble":
    ~ part_share = 4
    -> elara_turn(elara_part) ->
    -> torus_turn(torus_part) ->
    -> kara_turn(kara_part) ->
    -> jalen_turn(jalen_part) ->
    ~ part_share = 1
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

// Let simulated time pass: use this, not advance(), so the story's clock keeps count.
// Call only from a ~ logic line: ~ pass(240)
=== function pass(minutes) ===
// Whole ten-minute steps: the simulation's own marks (an advance that ends between them
// makes it keep a resume point, and its state is checked more strictly).
~ temp m = minutes / part_share / 10 * 10
~ clock += m
~ advance(m)

// The calendar (story/README.md, Settled facts): let time pass until the given hour of the
// given day, if the story has not reached it yet. The acts call it at their headings, so a
// chapter starts on its day whatever the path. Call only from a ~ logic line: ~ until(2, 9)
=== function until(day, hour) ===
~ temp target = (day - 1) * 1440 + hour * 60
{ clock < target:
    ~ advance(target - clock)
    ~ clock = target
}
