/** How the receiver can be told to misbehave. */
export const RECEIVER_MODES: readonly ['ok', '503', 'slow', 'offline']

/** A request to one of the demo's third-party hosts. */
export interface Hit {
  kind: 'analytics' | 'pixel' | 'embed'
  host: string
  path: string
  at: string
}

/** Starts the demo shop on 127.0.0.1; port 0 picks a free port. */
export function startDemo(options?: { port?: number; dataDir?: string; logToken?: string }): Promise<{
  url: string
  port: number
  hits: Hit[]
  settings: { revision: number; receiver: (typeof RECEIVER_MODES)[number] }
  /** The log token: the one given, CONSENTRY_LOG_TOKEN, or a new random one. */
  logToken: string
  /** A URL that signs a browser in to the consent log. */
  signInUrl: string
  close(): Promise<void>
}>
