/**
 * Marks a stylesheet: the build minifies what it holds (see rollup.config.mjs), so the source can
 * be written one declaration a line.
 */
export const css = String.raw

const DARK = css`
  --consentry-bg: #1f1f24;
  --consentry-fg: #f2f2f5;
  --consentry-muted: #c5c5cf;
  --consentry-accent: #a9c1f0;
  --consentry-on-accent: #10182a;
  --consentry-border: #5b5b68;
  --consentry-tint: #2a2f3d;
`

/**
 * The palette every part of the UI uses, by theme, and the floating button's look: the only CSS a
 * returning visitor loads. A site overrides any custom property from its own CSS on the host
 * (`#consentry-root { --consentry-accent: #0a7 }`), which beats `:host`. Colour pairs meet WCAG AA.
 */
export const CORE_CSS = css`
:host {
  --consentry-bg: #fff;
  --consentry-fg: #1d1d20;
  --consentry-muted: #55555f;
  --consentry-accent: #23406e;
  --consentry-on-accent: #fff;
  --consentry-border: #c9c9d1;
  --consentry-tint: #eef1f7;
  --consentry-radius: 8px;
  --consentry-font: system-ui, sans-serif;
  --consentry-size: 15px;
  --consentry-space: 16px;
  position: fixed;
  z-index: 2147483000;
}
:host([theme=dark]) { ${DARK} }
@media (prefers-color-scheme: dark) {
  :host([theme=auto]) { ${DARK} }
}
.floating {
  position: fixed;
  left: var(--consentry-space);
  bottom: var(--consentry-space);
  min-height: 44px;
  padding: .5em 1em;
  font: 600 var(--consentry-size)/1.2 var(--consentry-font);
  color: var(--consentry-fg);
  background: var(--consentry-bg);
  border: 1px solid var(--consentry-border);
  border-radius: 99px;
  box-shadow: 0 2px 10px #0003;
  cursor: pointer;
}
.floating:focus-visible {
  outline: 3px solid var(--consentry-accent);
  outline-offset: 2px;
}
@media (forced-colors: active) {
  .floating { border-color: ButtonText; }
}
`
