/** An error that stops start-up with a message meant for people: printed without a stack trace. */
export class StartupError extends Error {}
