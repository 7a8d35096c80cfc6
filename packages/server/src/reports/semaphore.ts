/** Thrown by `run` when `maxWaiting` callers already wait: the caller should try again later. */
export class QueueFullError extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} requests already wait for a slot`);
    this.name = 'QueueFullError';
  }
}

/**
 * At most `limit` holders at once; the others wait in arrival order, at most `maxWaiting` of
 * them (more are refused with QueueFullError at once, so a burst cannot pile up without end;
 * decision 087).
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly limit: number,
    readonly maxWaiting = Number.POSITIVE_INFINITY,
  ) {}

  /** Runs `work` once a slot is free and frees it when `work` settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit && this.waiting.length >= this.maxWaiting)
      throw new QueueFullError(this.waiting.length);
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await work();
    } finally {
      // Hand the slot to the next waiter directly, so a newcomer cannot overtake it.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }

  /** How many run now and how many wait (for tests and the bench). */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }
}
