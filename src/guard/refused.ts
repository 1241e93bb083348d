/**
 * An object that stands for a refused WebSocket, EventSource or IndexedDB request: a real
 * EventTarget whose prototype is the API's own (so `instanceof` and listeners work), with the
 * state the real object has once it failed, its event handler properties, and the failure's
 * events fired later, as the browser fires them.
 * @param type the API's constructor, in the realm of the caller
 * @param handlers the names of its `on…` properties, as own properties (the prototype's would refuse this object)
 */
export function refusedObject(w: Window & typeof globalThis, type: { prototype: object }, state: object, handlers: string[], events: () => Event[]): EventTarget {
  const target = new w.EventTarget() as EventTarget & Record<string, unknown>
  Object.setPrototypeOf(target, type.prototype)
  for (const name of handlers) Object.defineProperty(target, 'on' + name, { value: null, writable: true })
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(state))
  w.setTimeout(() => {
    for (const event of events()) {
      target.dispatchEvent(event)
      ;(target['on' + event.type] as ((e: Event) => void) | null)?.call(target, event)
    }
  })
  return target
}
