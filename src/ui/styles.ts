import { css } from '../floating'

/**
 * The banner's and dialog's look; the palette comes from the core's stylesheet
 * (src/floating/styles.ts). Logical properties (inline-start/end) keep right-to-left languages right.
 */
export const UI_CSS = css`
* {
  box-sizing: border-box;
  font: inherit;
}
.banner, .dialog {
  position: fixed;
  padding: var(--consentry-space);
  max-height: 100vh;
  overflow: auto;
  font: var(--consentry-size)/1.5 var(--consentry-font);
  color: var(--consentry-fg);
  background: var(--consentry-bg);
  border: 1px solid var(--consentry-border);
  box-shadow: 0 4px 24px #0003;
  overflow-wrap: anywhere;
}
.banner[hidden] { display: none; }
.bar {
  inset-inline: 0;
  bottom: 0;
  padding-inline: max(var(--consentry-space), 50vw - 480px);
  border-width: 1px 0 0;
}
.box {
  inset-inline-end: var(--consentry-space);
  bottom: var(--consentry-space);
  width: min(420px, 100vw - 2 * var(--consentry-space));
  border-radius: var(--consentry-radius);
}
.backdrop {
  position: fixed;
  inset: 0;
  background: #0007;
}
.dialog {
  left: 50%;
  top: 50%;
  transform: translate(-50%, -50%);
  width: min(600px, 100vw - 16px);
  max-height: calc(100vh - 16px);
  border-radius: var(--consentry-radius);
}
.title {
  font-size: 1.15em;
  font-weight: 700;
  margin: 0 0 .5em;
  margin-inline-end: 2.5em;
}
p { margin: 0 0 .7em; }
a { color: var(--consentry-accent); }
.note {
  padding: .5em .75em;
  border-inline-start: 4px solid var(--consentry-accent);
  background: var(--consentry-tint);
}
.actions {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
  gap: 8px;
}
.box .actions, .confirm .actions { grid-template-columns: 1fr; }
button { cursor: pointer; }
.button {
  min-height: 44px;
  padding: .5em 1em;
  font-weight: 600;
  color: var(--consentry-accent);
  background: var(--consentry-bg);
  border: 2px solid var(--consentry-accent);
  border-radius: var(--consentry-radius);
}
.button:hover { background: var(--consentry-tint); }
.categories {
  list-style: none;
  margin: 0 0 .7em;
  padding: 0;
}
.category {
  display: grid;
  grid-template-columns: 1fr auto;
  gap: 4px 12px;
  padding: 12px 0;
  border-top: 1px solid var(--consentry-border);
}
.category-head { align-self: center; }
.category-title { font-weight: 700; }
.badge {
  display: inline-block;
  margin-inline-start: .5em;
  padding: 0 .4em;
  font-size: .85em;
  color: var(--consentry-muted);
  border: 1px solid var(--consentry-border);
  border-radius: 4px;
}
.category-text, .category-details, .confirm {
  grid-column: 1 / 3;
  margin: 0;
}
.category-text { color: var(--consentry-muted); }
.category-details {
  display: grid;
  gap: 2px;
  font-size: .85em;
  color: var(--consentry-muted);
}
.category-details div { display: flex; gap: .4em; }
.category-details dt { font-weight: 600; }
.category-details dt::after { content: ":"; }
:host(:lang(zh)) .category-details dt::after, :host(:lang(ja)) .category-details dt::after { content: "："; }
.category-details dd { margin: 0; }
.confirm {
  padding: .75em;
  background: var(--consentry-tint);
  border-radius: var(--consentry-radius);
}
.switch {
  position: relative;
  width: 48px;
  height: 28px;
  border: 2px solid var(--consentry-muted);
  border-radius: 14px;
  background: var(--consentry-bg);
}
.switch::after {
  content: "";
  position: absolute;
  top: 4px;
  inset-inline-start: 4px;
  width: 16px;
  height: 16px;
  border-radius: 50%;
  background: var(--consentry-muted);
}
.switch[aria-checked=true] {
  background: var(--consentry-accent);
  border-color: var(--consentry-accent);
}
.switch[aria-checked=true]::after {
  inset-inline-start: 24px;
  background: var(--consentry-on-accent);
}
.switch:disabled {
  cursor: not-allowed;
  background: var(--consentry-tint);
  border-color: var(--consentry-border);
}
.switch:disabled::after { background: var(--consentry-muted); }
.close {
  position: absolute;
  top: 8px;
  inset-inline-end: 8px;
  width: 44px;
  height: 44px;
  border: 0;
  background: none;
  color: inherit;
  font-size: 1.5em;
}
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
:focus-visible {
  outline: 3px solid var(--consentry-accent);
  outline-offset: 2px;
}
@media (forced-colors: active) {
  .button { border-color: ButtonText; }
  .switch {
    forced-color-adjust: none;
    background: Canvas;
    border-color: CanvasText;
  }
  .switch::after { background: CanvasText; }
  .switch[aria-checked=true] {
    background: Highlight;
    border-color: Highlight;
  }
  .switch[aria-checked=true]::after { background: HighlightText; }
  .switch:disabled { border-color: GrayText; }
  .switch:disabled::after { background: GrayText; }
  :focus-visible { outline-color: Highlight; }
}
@media (prefers-reduced-motion: no-preference) {
  .banner, .dialog { animation: enter .2s; }
  .switch::after { transition: inset-inline-start .2s; }
}
@keyframes enter {
  from { translate: 0 8px; }
}
`
