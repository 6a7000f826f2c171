/**
 * Keeps a face up: a face whose platform cannot be reached at start is retried with exponential
 * backoff (1 s, 2 s, 4 s ... at most 60 s) and shows as unhealthy meanwhile, while the other faces
 * keep serving. Once connected, discord.js and Bolt reconnect a lost gateway or socket themselves;
 * `isReady()` reports it. A StartupError (a token the platform refuses) is not retried: retrying
 * cannot fix it, so it goes to `onFatal`.
 */
import type { Logger } from './logger.js';
import { StartupError } from './startup-error.js';

export interface Face {
  name: string;
  /** Connects. A failed start leaves nothing running and can be called again. */
  start(): Promise<unknown>;
  /** The final stop: requests in flight are finished, new ones refused, connections closed. */
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
  /** A configuration error: the face is not retried, and the process should not go on. */
  onFatal?: (error: StartupError) => void;
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
    this.timer = undefined;
    if (this.stopped()) return false;
    this.attempts++;
    try {
      const result = await this.face.start();
      if (this.stopped()) {
        // Stopped while connecting: the stop found nothing to close yet.
        await this.face.stop().catch(() => undefined);
        return false;
      }
      this.state = 'connected';
      this.lastError = null;
      this.nextRetryAt = null;
      this.options.onStarted?.(result);
      return true;
    } catch (e) {
      this.lastError = e instanceof Error ? e.message : String(e);
      if (this.stopped()) return false;
      if (e instanceof StartupError) {
        this.state = 'stopped';
        this.nextRetryAt = null;
        this.options.onFatal?.(e);
        return false;
      }
      this.state = 'retrying';
      const delay = Math.min(this.options.maxDelayMs ?? 60_000, (this.options.minDelayMs ?? 1000) * 2 ** Math.min(this.attempts - 1, 16));
      this.nextRetryAt = Date.now() + delay;
      this.log.warn({ face: this.face.name, attempt: this.attempts, retryInMs: delay, error: this.lastError }, 'could not connect; will retry');
      this.timer = setTimeout(() => void this.start(), delay);
      return false;
    }
  }

  // A method, not a field check: `stop()` may run while `start()` awaits the face.
  private stopped(): boolean {
    return this.state === 'stopped';
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
    this.timer = undefined;
    this.nextRetryAt = null;
    await this.face.stop().catch((e: unknown) => this.log.warn({ face: this.face.name, err: e }, 'error while stopping'));
  }
}
