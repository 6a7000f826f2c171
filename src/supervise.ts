/**
 * Keeps a face up: a face whose platform cannot be reached at start is retried with exponential
 * backoff (1 s, 2 s, 4 s ... at most 60 s) and shows as unhealthy meanwhile, while the other faces
 * keep serving. Once connected, discord.js and Bolt reconnect a lost gateway or socket themselves;
 * `isReady()` reports it.
 */
import type { Logger } from './logger.js';

export interface Face {
  name: string;
  start(): Promise<unknown>;
  stop(): Promise<void>;
  isReady(): boolean;
}

export type FaceState = 'starting' | 'connected' | 'reconnecting' | 'retrying' | 'stopped';

export interface FaceStatus {
  state: FaceState;
  healthy: boolean;
  attempts: number;
  lastError: string | null;
  nextRetryAt: string | null;
}

export interface SuperviseOptions {
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Called after each connection attempt, e.g. to print the start line once. */
  onStarted?: (result: unknown) => void;
}

export class FaceSupervisor {
  private state: FaceState = 'starting';
  private attempts = 0;
  private lastError: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private nextRetryAt: number | null = null;

  constructor(
    readonly face: Face,
    private readonly log: Logger,
    private readonly options: SuperviseOptions = {},
  ) {}

  /** Tries once now; on failure keeps retrying in the background. Resolves true when connected. */
  async start(): Promise<boolean> {
    this.attempts++;
    try {
      const result = await this.face.start();
      this.state = 'connected';
      this.lastError = null;
      this.nextRetryAt = null;
      this.options.onStarted?.(result);
      return true;
    } catch (e) {
      this.lastError = (e as Error).message;
      await this.face.stop().catch(() => undefined);
      if (this.state === 'stopped') return false;
      this.state = 'retrying';
      const delay = Math.min(this.options.maxDelayMs ?? 60_000, (this.options.minDelayMs ?? 1000) * 2 ** Math.min(this.attempts - 1, 16));
      this.nextRetryAt = Date.now() + delay;
      this.log.warn({ face: this.face.name, attempt: this.attempts, retryInMs: delay, error: this.lastError }, 'could not connect; will retry');
      this.timer = setTimeout(() => void this.start(), delay);
      return false;
    }
  }

  status(): FaceStatus {
    let state = this.state;
    if (state === 'connected' && !this.face.isReady()) state = 'reconnecting';
    return {
      state,
      healthy: state === 'connected',
      attempts: this.attempts,
      lastError: this.lastError,
      nextRetryAt: this.nextRetryAt === null ? null : new Date(this.nextRetryAt).toISOString(),
    };
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    if (this.timer !== undefined) clearTimeout(this.timer);
    await this.face.stop().catch((e: unknown) => this.log.warn({ face: this.face.name, err: e }, 'error while stopping'));
  }
}
