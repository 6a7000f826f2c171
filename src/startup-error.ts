/** An error that stops start-up with a message meant for people: printed without a stack trace. */
export class StartupError extends Error {}

/**
 * A setting that cannot work (a token the platform refuses, a port already taken): retrying cannot
 * fix it, so the process stops with this one line, which names the variable.
 */
export class ConfigurationError extends StartupError {
  constructor(readonly variable: string, detail: string) {
    super(`Configuration error: ${variable} ${detail} Fix it in .env or the environment (see .env.example).`);
  }
}
