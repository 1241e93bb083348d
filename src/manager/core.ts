import type { ReadableAtom, WritableAtom } from 'nanostores'
import type { Config } from '../config'
import type { Lazy } from '../lazy'
import type { Signals } from '../signals'
import type { AgeGroup, Decision, Layer, Manager, Method, Source } from './types'

/** A decision to make: what the manager's calls and the UI's buttons ask the write side for. */
export interface DecisionRequest {
  /** How: every category, none, some (`choices`), or forget the decision. */
  readonly method: Method
  /** For `custom`: the categories decided; the others keep what `granted()` says. */
  readonly choices?: Readonly<Record<string, boolean>>
  /** Where the visitor (or a script, or the GPC signal) made it. */
  readonly source: Source
  /** The age group the age gate found (the UI says; otherwise the stored decision's is kept). */
  readonly ageGroup?: AgeGroup
}

/** What is shown, and from where the dialog was opened (its decisions are recorded with that source). */
export interface View {
  readonly layer: Layer
  readonly origin?: 'floating'
}

/** What each part of the core (gate, guard, signals, floating button) is started with, and the lazy part is handed. */
export interface Core {
  /** The normalised config. */
  readonly config: Config
  /** The signals read once at start. */
  readonly signals: Signals
  /** The public API. */
  readonly manager: Manager
  /** The decision; only `commit` changes it. */
  readonly store: ReadableAtom<Decision | null>
  /** What `granted()` says for every category; changes with the decision and when the config is found valid. */
  readonly grants: ReadableAtom<Readonly<Record<string, boolean>>>
  /** What the UI shows; `show` changes it. */
  readonly view: WritableAtom<View>
  /** Resolves once the config is known valid (true) or not (false); the stored decision is committed by then. */
  readonly ready: Promise<boolean>
  /** True when the category is granted now. */
  granted(category: string): boolean
  /** Sets the decision (null: none) and fires `consentry:change`; only the write side calls it. */
  commit(decision: Decision | null): void
  /** Makes a decision through the write side, loading it first where needed; waits for a valid config. */
  decide(request: DecisionRequest): Promise<void>
  /** Shows a layer (null hides), loading the UI where needed; waits for a valid config. */
  show(layer: Layer, origin?: View['origin']): void
  /** The lazy part, loaded and handed what it needs once; see `src/lazy`. */
  lazy(): Promise<Lazy>
  /** Makes a part's state visible in `manager.debug()` under `part`. */
  expose(part: string, snapshot: () => unknown): void
}
