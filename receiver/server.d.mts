import type { Server } from 'node:http'
import type { Receiver, ReceiverOptions } from './index.mjs'

/** Starts the receiver on its own HTTP server (127.0.0.1, port 8787 unless told; 0 picks a free one). */
export function serve(options?: ReceiverOptions & { port?: number; host?: string }): Promise<{
  url: string
  server: Server
  receiver: Receiver
  /** Stops taking requests, lets those under way finish (5 s at most), closes storage. */
  close(): Promise<void>
}>
