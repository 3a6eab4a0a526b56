// What a line parser returns: a normalized action plus the fields it could extract.

export interface Parsed {
  action: string;
  fields: Record<string, string>;
}

/** Parses the message part of one program's log line; undefined when the line is not recognized. */
export type MessageParser = (message: string) => Parsed | undefined;
