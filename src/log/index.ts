const PREFIX = '[Consentry] '

/** A problem the site owner must fix (bad config, bad call); shown in production. */
export function error(message: string, ...rest: unknown[]): void {
  console.error(PREFIX + message, ...rest)
}

/** Something the site owner should know about (a second init, a dropped record). */
export function warn(message: string, ...rest: unknown[]): void {
  console.warn(PREFIX + message, ...rest)
}

/** A normal event that helps debugging (an unreadable consent cookie read as no decision). */
export function debug(message: string, ...rest: unknown[]): void {
  console.debug(PREFIX + message, ...rest)
}
