// Act three: Torus's gel workshop, the distribution, the side effects of blending
// microbiomes, the mural's anxiety and Jalen's protocols.

=== gel ===
# CLEAR # chapter: The Gel # bg: workshop # music: workshop
TODO: the shared scenes of the gel act.
-> in_role(-> elara_gel, -> torus_gel, -> kara_gel, -> jalen_gel) ->
-> ritual
