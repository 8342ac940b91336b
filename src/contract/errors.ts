/** A problem the user can fix: bad usage, a bad config, an unreadable input. Exit code 2, no stack. */
export class AuditError extends Error {
  readonly exitCode = 2
  constructor(message: string, readonly file?: string) {
    super(message)
    this.name = new.target.name
  }
}

/** A bad command line. */
export class UsageError extends AuditError {}

/** A bad or unreadable config file. */
export class ConfigError extends AuditError {}

/** A path that cannot be read as a document. */
export class InputError extends AuditError {}
