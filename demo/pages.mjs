// The shop's pages, rendered on the server with every value escaped; all script and style is external (strict CSP).
import { configBlock, THIRD_PARTY } from './consent-config.mjs'
import { esc } from '../receiver/html.mjs'
import { price, PRODUCTS, textsFor } from './shop-text.mjs'

/** Wraps a page body in the shop's layout: consent config, SDK, QA panel, header, footer and the gated tags. */
export function layout({ title, body, path, lang, jurisdiction, revision, port }) {
  const t = textsFor(lang)
  const third = name => `http://${THIRD_PARTY[name]}:${port}`
  const switchTo = lang == 'zh-CN' ? ['en', 'English'] : ['zh-CN', '中文']
  return `<!doctype html>
<html lang="${esc(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${jurisdiction ? `<meta name="consentry-jurisdiction" content="${esc(jurisdiction)}">\n` : ''}<title>${esc(title)} · ${esc(t.shop)}</title>
<meta name="demo-stats" content="${esc(third('stats'))}"><meta name="demo-ads" content="${esc(third('ads'))}">
<link rel="icon" href="/assets/favicon.svg"><link rel="stylesheet" href="/assets/shop.css"><link rel="stylesheet" href="/assets/qa.css">
<script src="/assets/gpc.js"></script>
<script type="application/json" id="consentry-config">${configBlock(revision, lang)}</script>
<script src="/consentry.min.js"></script>
<script type="module" src="/assets/qa.js"></script>
<script src="/assets/cart.js" defer></script>
</head><body>
<header class="top"><a class="brand" href="/">${esc(t.shop)}</a><span class="tagline">${esc(t.tagline)}</span>
<nav><a href="/">${esc(t.home)}</a> <a href="/cart">${esc(t.cart)} (<span id="cart-count">0</span>)</a>
<a href="/lang/${esc(switchTo[0])}?back=${esc(encodeURIComponent(path))}" lang="${esc(switchTo[0])}" id="lang-switch">${esc(switchTo[1])}</a></nav>
</header>
<main>${body}</main>
<footer><p>${esc(t.footer)}</p>
<p><a href="/privacy">${esc(t.privacy)}</a> · <a href="#" data-consentry="preferences">${esc(t.settings)}</a> · <a href="/consent-log">${esc(t.log)}</a></p>
<img class="pixel" data-category="marketing" data-src="${esc(third('ads'))}/px.gif?ev=pageview&amp;p=${esc(encodeURIComponent(path))}" alt="" width="1" height="1">
</footer>
<script type="text/plain" data-category="analytics" data-src="/vendor/analytics.min.js"></script>
<script type="text/plain" data-category="analytics" data-src="/assets/analytics-setup.js"></script>
<script type="text/plain" data-category="marketing" data-src="/assets/ads-tag.js"></script>
<script type="text/plain" data-category="preferences" data-src="/assets/recently-viewed.js"></script>
<script type="text/plain" data-category="location" data-src="/assets/nearby.js"></script>
</body></html>`
}

const card = (p, lang, t) => `<li class="card"><a href="/product/${esc(p.id)}"><span class="leaf" aria-hidden="true"></span>
<strong>${esc(p.name[lang] || p.name.en)}</strong></a><span>${esc(price(p.price, lang))} · ${esc(p.grams)} g</span>
<a class="button" href="/product/${esc(p.id)}">${esc(t.view)}</a></li>`

const video = (t, port, id) => `<section class="video"><h2>${esc(t.video)}</h2>
<iframe data-category="marketing" data-src="http://${THIRD_PARTY.video}:${port}/embed/video?tea=${esc(id)}" title="${esc(t.video)}" width="480" height="270"></iframe>
<p class="hint when-held">${esc(t.videoOff)}</p></section>`

/** Pages by path; each returns `{ title, body }`, or nothing for an unknown path. */
export function page(path, lang, port) {
  const t = textsFor(lang)
  if (path == '/') {
    return { title: t.home, body: `<h1>${esc(t.shop)}</h1><p>${esc(t.intro)}</p>
<ul class="grid">${PRODUCTS.map(p => card(p, lang, t)).join('')}</ul>
<section id="recent"><h2>${esc(t.recent)}</h2><p class="hint">${esc(t.recentOff)}</p><ul class="grid" id="recent-list"></ul></section>
${t.nearbyOff ? `<p class="hint" id="nearby" data-found="${esc(t.nearbyFound)}">${esc(t.nearbyOff)}</p>` : ''}
${video(t, port, 'all')}` }
  }
  const product = PRODUCTS.find(p => path == `/product/${p.id}`)
  if (product) {
    const name = product.name[lang] || product.name.en
    return { title: name, body: `<article class="product" data-product="${esc(product.id)}" data-name="${esc(name)}" data-price="${product.price}">
<span class="leaf big" aria-hidden="true"></span><div><h1>${esc(name)}</h1><p>${esc(product.blurb[lang] || product.blurb.en)}</p>
<p class="price">${esc(price(product.price, lang))} <small>${esc(t.perPack)} ${product.grams} g</small></p>
<button type="button" id="add-to-cart">${esc(t.add)}</button> <span id="added" class="hidden" role="status">${esc(t.added)}</span></div></article>
${video(t, port, product.id)}` }
  }
  if (path == '/cart') {
    return { title: t.cart, body: `<h1>${esc(t.cart)}</h1><div id="cart" data-empty="${esc(t.cartEmpty)}" data-total="${esc(t.total)}"
data-remove="${esc(t.remove)}" data-lang="${esc(lang)}"><p>${esc(t.cartEmpty)}</p></div><button type="button" disabled>${esc(t.checkout)}</button>` }
  }
  if (path == '/privacy') {
    return { title: t.privacy, body: `<h1>${esc(t.privacy)}</h1>${t.privacyBody.map(p => `<p>${esc(p)}</p>`).join('')}` }
  }
}

/** The "third-party" video player page framed by the shop. */
export const videoPage = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Brewing video</title>
<link rel="stylesheet" href="/assets/embed.css"></head><body><div class="player"><span class="play" aria-hidden="true">▶</span>
<p>TeaTube · How to brew loose-leaf tea (2:41)</p></div></body></html>`
