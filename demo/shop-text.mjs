// The shop's catalogue and texts in English and Simplified Chinese (the SDK's two built-in languages).

/** Languages the shop is written in; the first is the default. */
export const LANGUAGES = ['en', 'zh-CN']

/** The teas on sale; prices in euro cents. */
export const PRODUCTS = [
  { id: 'sencha', price: 1250, grams: 100, name: { en: 'Kagoshima Sencha', 'zh-CN': '鹿儿岛煎茶' },
    blurb: { en: 'Steamed green tea with a bright, grassy sweetness. Brew at 70 °C for one minute.',
      'zh-CN': '蒸青绿茶，鲜爽回甘。70 °C 水温冲泡一分钟。' } },
  { id: 'longjing', price: 1890, grams: 50, name: { en: 'West Lake Dragon Well', 'zh-CN': '西湖龙井' },
    blurb: { en: 'Pan-fired spring leaves from Hangzhou, nutty and smooth. Brew at 80 °C.',
      'zh-CN': '杭州明前春茶，豆香清幽，口感顺滑。80 °C 水温冲泡。' } },
  { id: 'darjeeling', price: 1540, grams: 100, name: { en: 'First Flush Darjeeling', 'zh-CN': '大吉岭春摘红茶' },
    blurb: { en: 'Light and floral black tea from the Himalayan foothills. Brew at 90 °C for three minutes.',
      'zh-CN': '产自喜马拉雅山麓的清雅花香红茶。90 °C 水温冲泡三分钟。' } },
  { id: 'tieguanyin', price: 1420, grams: 100, name: { en: 'Anxi Tieguanyin Oolong', 'zh-CN': '安溪铁观音' },
    blurb: { en: 'Rolled oolong with an orchid aroma that opens over many short infusions.',
      'zh-CN': '颗粒乌龙，兰花香气，可多次短泡。' } }
]

const TEXT = {
  en: {
    shop: 'Lumen Tea', tagline: 'Loose-leaf tea, shipped across the EU', home: 'Home', cart: 'Cart',
    privacy: 'Privacy policy', settings: 'Cookie settings', log: 'Consent log', language: 'Language',
    intro: 'Four teas we drink ourselves, packed to order in small batches.', view: 'View',
    add: 'Add to cart', added: 'Added to your cart.', perPack: 'per pack of', recent: 'Recently viewed',
    recentOff: 'Allow preference cookies to see the teas you viewed last.', video: 'How to brew it',
    videoOff: 'This video is hosted by a third party. Allow marketing cookies to watch it.',
    cartEmpty: 'Your cart is empty.', total: 'Total', checkout: 'Checkout (demo: disabled)', remove: 'Remove',
    notFound: 'Page not found', footer: 'A demo shop for the Consentry consent SDK. Nothing here is for sale.',
    privacyBody: [
      'Strictly necessary: your cart (localStorage "cart"), your language choice and your consent decision. Always on.',
      'Analytics: an analytics library counts page views at stats.localhost and keeps an anonymous id (cookie "_ga", localStorage "__anon_id").',
      'Marketing: an advertising pixel and tag at ads.localhost (cookies "_fbp", "_gcl_au", localStorage "ads:*") and the brewing video hosted at video.localhost.',
      'Preferences: remembers the teas you viewed (localStorage "prefs:recent").',
      'You can change your choice at any time with "Cookie settings" at the bottom of every page.'
    ]
  },
  'zh-CN': {
    shop: '流明茶铺', tagline: '散装好茶，配送至欧盟各地', home: '首页', cart: '购物车',
    privacy: '隐私政策', settings: 'Cookie 设置', log: '同意记录', language: '语言',
    intro: '我们自己也在喝的四款茶，按订单小批量包装。', view: '查看',
    add: '加入购物车', added: '已加入购物车。', perPack: '每包', recent: '最近浏览',
    recentOff: '允许偏好 Cookie 后，可在此看到您最近浏览的茶。', video: '冲泡方法',
    nearbyOff: '单独同意使用精确位置后，可查看离您最近的茶馆。', nearbyFound: '离您最近的茶馆：{city}西湖店',
    videoOff: '此视频由第三方托管。允许营销 Cookie 后即可观看。',
    cartEmpty: '您的购物车是空的。', total: '合计', checkout: '结账（演示：已停用）', remove: '移除',
    notFound: '页面不存在', footer: 'Consentry 同意管理 SDK 的演示商店，所有商品均不出售。',
    privacyBody: [
      '必要：购物车（localStorage "cart"）、语言选择和您的同意决定。始终开启。',
      '分析：分析库在 stats.localhost 统计页面浏览，并保存匿名标识（Cookie "_ga"，localStorage "__anon_id"）。',
      '营销：ads.localhost 的广告像素和标签（Cookie "_fbp"、"_gcl_au"，localStorage "ads:*"），以及托管在 video.localhost 的冲泡视频。',
      '偏好：记住您浏览过的茶（localStorage "prefs:recent"）。',
      '您可以随时通过每页底部的“Cookie 设置”更改选择。'
    ]
  }
}

/** The texts of one language (English for any other). */
export const textsFor = lang => TEXT[lang] || TEXT.en

/** A price in euro, formatted for the language. */
export const price = (cents, lang) =>
  new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(cents / 100)
