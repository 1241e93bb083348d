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
export function startDemo(options?: { port?: number; dataDir?: string }): Promise<{
  url: string
  port: number
  hits: Hit[]
  /** The last Content-Security-Policy reports `POST /api/csp-report` took: what a denied host tried. */
  reports: { blocked: string; directive: string; page: string; at: string }[]
  settings: { revision: number; receiver: (typeof RECEIVER_MODES)[number] }
  close(): Promise<void>
}>
