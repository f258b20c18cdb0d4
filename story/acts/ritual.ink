// Act four: the cathartic communal ritual.

=== ritual ===
# CLEAR # chapter: The Ritual # bg: ritual # music: ritual
TODO: the shared scenes of the ritual.
-> in_role(-> elara_ritual, -> torus_ritual, -> kara_ritual, -> jalen_ritual) ->
-> aftermath
