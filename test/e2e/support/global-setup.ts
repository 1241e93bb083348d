import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildExample, EXAMPLES, NAMES } from './examples'

/** Builds the example apps once per run (each is skipped when its inputs did not change), before any test. */
export default function globalSetup(): void {
  for (const name of NAMES) if (existsSync(join(EXAMPLES, name))) buildExample(name)
}
