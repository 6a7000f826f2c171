/** Counts requests being answered, so a stop can let them finish (and refuse new ones) first. */
export class InFlight {
  private count = 0;
  private draining = false;
  private waiters: Array<() => void> = [];

  /** False once draining: the caller should refuse the request politely. */
  get accepting(): boolean {
    return !this.draining;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const w of this.waiters.splice(0)) w();
    }
  }

  /** Stops accepting, then resolves when nothing is in flight, or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    this.draining = true;
    if (this.count === 0) return;
    await Promise.race([
      new Promise<void>((resolve) => this.waiters.push(resolve)),
      new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref()),
    ]);
  }
}

export const SHUTTING_DOWN = 'The bot is restarting; please ask again in a minute.';
