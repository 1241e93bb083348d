// The shop's cart: strictly necessary, kept in localStorage "cart" (owned by the required category).
(() => {
  const read = () => {
    try {
      const items = JSON.parse(localStorage.getItem('cart') || '[]')
      return Array.isArray(items) ? items : []
    } catch {
      return []
    }
  }
  const write = items => localStorage.setItem('cart', JSON.stringify(items))
  const count = () => {
    const el = document.getElementById('cart-count')
    if (el) el.textContent = String(read().reduce((n, i) => n + i.qty, 0))
  }

  const product = document.querySelector('[data-product]')
  const add = document.getElementById('add-to-cart')
  if (product && add) {
    add.addEventListener('click', () => {
      const items = read()
      const item = items.find(i => i.id == product.dataset.product)
      if (item) item.qty++
      else items.push({ id: product.dataset.product, name: product.dataset.name, price: Number(product.dataset.price), qty: 1 })
      write(items)
      count()
      document.getElementById('added').classList.remove('hidden')
    })
  }

  const cart = document.getElementById('cart')
  const render = () => {
    const items = read()
    const money = cents => new Intl.NumberFormat(cart.dataset.lang, { style: 'currency', currency: 'EUR' }).format(cents / 100)
    cart.replaceChildren()
    if (!items.length) {
      cart.append(Object.assign(document.createElement('p'), { textContent: cart.dataset.empty }))
      return
    }
    const list = document.createElement('ul')
    list.className = 'lines'
    for (const item of items) {
      const line = document.createElement('li')
      const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: cart.dataset.remove })
      remove.addEventListener('click', () => {
        write(read().filter(i => i.id != item.id))
        render()
        count()
      })
      line.append(`${item.qty} × ${item.name} — ${money(item.price * item.qty)} `, remove)
      list.append(line)
    }
    const total = items.reduce((sum, i) => sum + i.price * i.qty, 0)
    cart.append(list, Object.assign(document.createElement('p'), { className: 'total', textContent: `${cart.dataset.total}: ${money(total)}` }))
  }
  if (cart) render()
  count()
})()
