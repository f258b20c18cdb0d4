// Writes a room to the store after every choice and every change of who is in it. Writes
// never overlap: changes made during a write are written once more after it, so the store
// always ends with the room's latest state and a burst of thirty joins costs two writes.
import type { RoomRecord, RoomStore } from './roomStore';

export class RoomKeeper {
  private saving: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly store: RoomStore,
    private readonly record: () => RoomRecord,
  ) {}

  save(): void {
    if (this.saving) {
      this.again = true;
      return;
    }
    const record = this.record();
    this.saving = this.store
      .save(record)
      .catch((error: unknown) => console.error(`room ${record.code}: not saved:`, error))
      .finally(() => {
        this.saving = null;
        if (this.again) {
          this.again = false;
          this.save();
        }
      });
  }

  /** Resolves once every write asked for so far has reached the store. */
  async saved(): Promise<void> {
    while (this.saving) await this.saving;
  }
}
