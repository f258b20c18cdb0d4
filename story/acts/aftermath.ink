// Act five: the aftermath. Health dialogues, refined implants, the mural as a
// collaborative canvas, adaptive governance. Hands over to the endings.

=== aftermath ===
# CLEAR # chapter: Aftermath # bg: aftermath # music: aftermath
TODO: the shared scenes of the aftermath.
~ advance(1440)
-> in_role(-> elara_aftermath, -> torus_aftermath, -> kara_aftermath, -> jalen_aftermath) ->
-> mural_beat ->
-> endings
