// One structured logger type for the whole codebase, so library code never touches console
// and tests can inject a silent or capturing logger.
import { pino, type DestinationStream, type Level } from 'pino';

export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export type LogLevel = Level | 'silent';

export interface LoggerOptions {
  /** Component name, e.g. "collector" or "agent". */
  name: string;
  level?: LogLevel;
  /** Where JSON lines go; defaults to stderr so stdout stays free for command output. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? pino.destination({ fd: 2, sync: false });
  return pino({ name: options.name, level: options.level ?? 'info', base: { pid: process.pid } }, destination);
}

/** A logger that drops everything: for tests and for library callers that want quiet. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** A logger that keeps records in memory, for tests that assert on what was logged. */
export function memoryLogger(level: LogLevel = 'debug'): { logger: Logger; records: Array<Record<string, unknown>> } {
  const records: Array<Record<string, unknown>> = [];
  const destination: DestinationStream = {
    write(line: string) {
      records.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  return { logger: pino({ level }, destination), records };
}
