/**
 * What every platform face is to the rest of the bot: something to start, stop and ask about.
 * `main.ts` starts a list of them without knowing which platforms they are.
 */
export interface Adapter {
  /** The face, as logs, health and the start-up summary name it. */
  readonly name: 'discord' | 'slack';
  /** Connects. A failed start leaves nothing running and can be called again. */
  start(): Promise<unknown>;
  /** Finishes the requests in flight, refuses new ones, closes the connection. */
  stop(): Promise<void>;
  isReady(): boolean;
  /** The start-up summary's line for this face, after its first attempt to connect. */
  status(connected: boolean, lastError: string | null): string;
}
