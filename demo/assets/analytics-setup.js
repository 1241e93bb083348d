// Gated (analytics): starts the `analytics` npm library with a plugin that reports to the shop's stats host,
// and keeps a Google-Analytics-style client id cookie, so QA sees what the category owns.
(() => {
  const stats = document.querySelector('meta[name="demo-stats"]').content
  const send = payload => {
    const body = JSON.stringify(payload)
    if (!navigator.sendBeacon(stats + '/collect', body)) fetch(stats + '/collect', { method: 'POST', body, mode: 'no-cors', keepalive: true }).catch(() => {})
  }
  if (!/(?:^|;\s*)_ga=/.test(document.cookie)) {
    document.cookie = `_ga=GA1.1.${Math.floor(Math.random() * 1e9)}.${Math.floor(Date.now() / 1000)}; path=/; max-age=63072000; SameSite=Lax`
  }
  const analytics = window._analytics.init({
    app: 'lumen-tea',
    plugins: [{
      name: 'lumen-stats',
      page: ({ payload }) => send({ type: 'page', path: location.pathname, anonymousId: payload.anonymousId }),
      track: ({ payload }) => send({ type: 'track', event: payload.event, anonymousId: payload.anonymousId })
    }]
  })
  analytics.page()
  const add = document.getElementById('add-to-cart')
  if (add) add.addEventListener('click', () => analytics.track('add_to_cart', { product: document.querySelector('[data-product]').dataset.product }))
})()
