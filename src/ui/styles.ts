/**
 * The whole stylesheet. Colours, radius, font and spacing are custom properties on the host, so a
 * site themes the UI from its own CSS (`#consentry-root { --consentry-accent: #0a7 }`): a page rule
 * on the host beats `:host`. Colour pairs meet WCAG AA in both schemes.
 */
export const CSS = `:host{--consentry-bg:#fff;--consentry-fg:#1b1b1f;--consentry-muted:#4b4b57;--consentry-accent:#1d4ed8;--consentry-on-accent:#fff;--consentry-border:#c4c4cf;--consentry-radius:10px;--consentry-font:system-ui,sans-serif;--consentry-size:15px;--consentry-space:16px;position:fixed;z-index:2147483000}
@media(prefers-color-scheme:dark){:host{--consentry-bg:#1f1f24;--consentry-fg:#f2f2f5;--consentry-muted:#c5c5cf;--consentry-accent:#93b4ff;--consentry-on-accent:#0c1433;--consentry-border:#5b5b68}}
*{box-sizing:border-box;font:inherit}
.b,.p,.f{position:fixed;font:var(--consentry-size)/1.5 var(--consentry-font);color:var(--consentry-fg);background:var(--consentry-bg);border:1px solid var(--consentry-border);overflow-wrap:anywhere}
.b,.p{padding:var(--consentry-space);max-height:100vh;overflow:auto;box-shadow:0 4px 28px #0005}
.bar{left:0;right:0;bottom:0;padding-inline:max(var(--consentry-space),50vw - 480px)}
.box,.f{right:var(--consentry-space);bottom:var(--consentry-space);max-width:min(440px,100vw - 2*var(--consentry-space));border-radius:var(--consentry-radius)}
.k{position:fixed;inset:0;background:#0008}
.p{left:50%;top:50%;transform:translate(-50%,-50%);width:min(580px,100vw - 16px);max-height:calc(100vh - 16px);border-radius:var(--consentry-radius)}
h2{font-size:1.15em;font-weight:700;margin:0 2em .5em 0}
p{margin:0 0 .7em}
a{color:var(--consentry-accent)}
.r{display:grid;grid-template-columns:repeat(auto-fit,minmax(11em,1fr));gap:8px}
button{cursor:pointer}
.n{font-weight:700;min-height:44px;padding:.5em 1em;border:0;border-radius:var(--consentry-radius);background:var(--consentry-accent);color:var(--consentry-on-accent)}
ul{list-style:none;padding:0}
li{display:grid;grid-template-columns:1fr auto;gap:4px;padding:12px 0;border-top:1px solid var(--consentry-border)}
label{font-weight:700}
li p{grid-column:1/3;margin:0;color:var(--consentry-muted)}
.s{position:relative;width:48px;height:28px;border:2px solid var(--consentry-muted);border-radius:14px;background:var(--consentry-bg)}
.s::after{content:"";position:absolute;top:4px;left:4px;width:16px;height:16px;border-radius:50%;background:var(--consentry-muted)}
[aria-checked=true]{background:var(--consentry-accent);border-color:var(--consentry-accent)}
[aria-checked=true]::after{left:24px;background:var(--consentry-on-accent)}
:disabled{cursor:not-allowed}
.x{position:absolute;top:8px;right:8px;width:44px;height:44px;border:0;background:0;color:inherit;font-size:1.5em}
:focus-visible{outline:3px solid var(--consentry-accent);outline-offset:2px}
@media(prefers-reduced-motion:no-preference){.b,.p{animation:i .2s}.s::after{transition:left .2s}}
@keyframes i{from{translate:0 8px}}`

/**
 * Applies the stylesheet to a shadow root. Constructable stylesheets come first because a strict
 * `style-src 'self'` CSP allows them; a `<style>` element is the fallback for older browsers.
 */
export function applyStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(CSS)
    root.adoptedStyleSheets = [sheet]
  } catch {
    const style = document.createElement('style')
    style.textContent = CSS
    root.appendChild(style)
  }
}
