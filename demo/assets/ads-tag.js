// Gated (marketing): an advertising tag as ad networks write them: a browser id cookie, a click-id cookie,
// a storage key, and a conversion pixel built in script.
(() => {
  const ads = document.querySelector('meta[name="demo-ads"]').content
  const id = `fb.1.${Date.now()}.${Math.floor(Math.random() * 1e9)}`
  if (!/(?:^|;\s*)_fbp=/.test(document.cookie)) document.cookie = `_fbp=${id}; path=/; max-age=7776000; SameSite=Lax`
  document.cookie = `_gcl_au=1.1.${Math.floor(Math.random() * 1e9)}; path=/; max-age=7776000; SameSite=Lax`
  localStorage.setItem('ads:lastSeen', new Date().toISOString())
  new Image().src = `${ads}/px.gif?ev=tag&p=${encodeURIComponent(location.pathname)}`
})()
