// Gated (preferences): remembers the teas viewed in localStorage "prefs:recent" and lists them on the home page.
(() => {
  const KEY = 'prefs:recent'
  let recent = []
  try {
    recent = JSON.parse(localStorage.getItem(KEY) || '[]')
  } catch {}
  if (!Array.isArray(recent)) recent = []
  const product = document.querySelector('[data-product]')
  if (product) {
    recent = [{ id: product.dataset.product, name: product.dataset.name }, ...recent.filter(r => r.id != product.dataset.product)].slice(0, 4)
    localStorage.setItem(KEY, JSON.stringify(recent))
  }
  const list = document.getElementById('recent-list')
  if (!list) return
  document.getElementById('recent').classList.add('enabled')
  for (const r of recent) {
    const link = Object.assign(document.createElement('a'), { href: `/product/${encodeURIComponent(r.id)}`, textContent: r.name })
    const item = document.createElement('li')
    item.className = 'card'
    item.append(link)
    list.append(item)
  }
})()
