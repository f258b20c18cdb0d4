/** Thrown for any caller mistake (unknown intervention, dose or minutes out of range). */
export class SimInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimInputError';
  }
}
