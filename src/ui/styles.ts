import { css } from '../floating'

/** The banner's and dialog's look; the palette comes from the core's stylesheet (src/floating/styles.ts). */
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
  box-shadow: 0 4px 28px #0004;
  overflow-wrap: anywhere;
}
.banner[hidden] { display: none; }
.bar {
  left: 0;
  right: 0;
  bottom: 0;
  padding-inline: max(var(--consentry-space), 50vw - 480px);
}
.box {
  right: var(--consentry-space);
  bottom: var(--consentry-space);
  max-width: min(440px, 100vw - 2 * var(--consentry-space));
  border-radius: var(--consentry-radius);
}
.backdrop {
  position: fixed;
  inset: 0;
  background: #0008;
}
.dialog {
  left: 50%;
  top: 50%;
  transform: translate(-50%, -50%);
  width: min(580px, 100vw - 16px);
  max-height: calc(100vh - 16px);
  border-radius: var(--consentry-radius);
}
.title {
  font-size: 1.15em;
  font-weight: 700;
  margin: 0 2em .5em 0;
}
p { margin: 0 0 .7em; }
a { color: var(--consentry-accent); }
.actions {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
  gap: 8px;
}
button { cursor: pointer; }
.button {
  min-height: 44px;
  padding: .5em 1em;
  font-weight: 700;
  color: var(--consentry-on-accent);
  background: var(--consentry-accent);
  border: 2px solid var(--consentry-accent);
  border-radius: var(--consentry-radius);
}
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
.category-title { font-weight: 700; }
.badge {
  margin-inline-start: .5em;
  font-size: .85em;
  color: var(--consentry-muted);
}
.category-text {
  grid-column: 1 / 3;
  margin: 0;
  color: var(--consentry-muted);
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
  left: 4px;
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
  left: 24px;
  background: var(--consentry-on-accent);
}
:disabled { cursor: not-allowed; }
.close {
  position: absolute;
  top: 8px;
  right: 8px;
  width: 44px;
  height: 44px;
  border: 0;
  background: none;
  color: inherit;
  font-size: 1.5em;
}
:focus-visible {
  outline: 3px solid var(--consentry-accent);
  outline-offset: 2px;
}
@media (prefers-reduced-motion: no-preference) {
  .banner, .dialog { animation: enter .2s; }
  .switch::after { transition: left .2s; }
}
@keyframes enter {
  from { translate: 0 8px; }
}
`
