/**
 * Per-user flood control shared by the platform faces: a token bucket per user. A user who floods
 * gets one polite "slow down" and then silence until the bucket refills, so the bot cannot be made
 * to flood a channel either. Memory is bounded: idle buckets are dropped.
 */
export interface RateLimiterOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Requests regained per second. */
  perSecond: number;
  /** Most users tracked at once; the least recently seen are forgotten first. */
  maxUsers?: number;
  now?: () => number;
}

export type RateDecision = 'allow' | 'warn' | 'drop';

interface Bucket {
  tokens: number;
  at: number;
  warned: boolean;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxUsers: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.maxUsers = options.maxUsers ?? 10_000;
  }

  /** 'allow' to answer; 'warn' the first time a user is over the limit; 'drop' after that. */
  take(user: string): RateDecision {
    const t = this.now();
    let b = this.buckets.get(user);
    if (b === undefined) {
      b = { tokens: this.options.burst, at: t, warned: false };
    } else {
      this.buckets.delete(user);
      b.tokens = Math.min(this.options.burst, b.tokens + ((t - b.at) / 1000) * this.options.perSecond);
      b.at = t;
    }
    this.buckets.set(user, b);
    if (this.buckets.size > this.maxUsers) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      b.warned = false;
      return 'allow';
    }
    if (b.warned) return 'drop';
    b.warned = true;
    return 'warn';
  }
}
