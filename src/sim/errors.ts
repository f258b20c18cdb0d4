/** Thrown for any caller mistake (unknown intervention, dose or minutes out of range). */
export class SimInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimInputError';
  }
}

/**
 * Thrown when a microbiome handed to the simulation is not one it could have made: a field
 * missing, of the wrong type, not finite or out of its range (a damaged save, a hand-edited
 * state). Refused up front, because such a state can make the step loop run forever.
 * `field` names the first bad field, such as `minute`, `groups.C` or `lowPh[3]`.
 */
export class SimStateError extends SimInputError {
  readonly field: string;
  constructor(field: string, problem: string) {
    super(`microbiome.${field} ${problem}`);
    this.name = 'SimStateError';
    this.field = field;
  }
}
