// Gated (location, a sensitive category in the Chinese shop): pretends to locate the visitor and
// keeps the city in localStorage "geo:city", then names the nearest tea house. No real location API
// is called: the demo only shows that nothing runs before the visitor's separate consent.
(() => {
  const city = '杭州'
  localStorage.setItem('geo:city', city)
  const slot = document.getElementById('nearby')
  if (slot) slot.textContent = slot.dataset.found.replace('{city}', city)
})()
