// The Consentry config the shop pages embed in their JSON config block.

/** Hostnames the shop's "third parties" live on; Chromium and Firefox resolve *.localhost to this machine. */
export const THIRD_PARTY = { stats: 'stats.localhost', ads: 'ads.localhost', video: 'video.localhost' }

/**
 * The shop's config for a policy revision and language. The Chinese shop also asks its visitors'
 * age (PIPL: a guardian consents for a child under 14) and has a sensitive category, precise
 * location, that needs separate consent; its records go to a receiver path of their own, as a
 * shop's records of Chinese visitors would go to a receiver in China.
 */
export function consentConfig(revision, lang = 'en') {
  const chinese = lang == 'zh-CN'
  return {
    categories: {
      necessary: { required: true, cookies: ['demo_*'], storage: ['cart', 'demo_*'] },
      analytics: { cookies: ['_ga', '_ga_*'], storage: ['/^__(anon_id|user_id|user_traits)$/'], hosts: [THIRD_PARTY.stats] },
      marketing: { cookies: ['_fbp', '_gcl_*'], storage: ['ads:*'], hosts: [THIRD_PARTY.ads, THIRD_PARTY.video] },
      preferences: { storage: ['prefs:*'] },
      ...chinese ? { location: { storage: ['geo:*'], sensitive: true, vendors: ['高德地图 (AMap)'] } } : {}
    },
    revision,
    endpoint: { CN: '/api/consent?receiver=cn', default: '/api/consent' },
    ...chinese ? { ageGate: 14 } : {},
    privacyPolicyUrl: '/privacy',
    googleConsentMode: true,
    translations: {
      en: { categories: {
        necessary: { title: 'Strictly necessary', description: 'Your cart, your language and this choice.' },
        analytics: { title: 'Analytics', description: 'Counts visits so we know which teas people look at.' },
        marketing: { title: 'Marketing', description: 'Advertising pixels and the third-party brewing videos.' },
        preferences: { title: 'Preferences', description: 'Remembers the teas you viewed.' }
      } },
      'zh-CN': { categories: {
        necessary: { title: '必要', description: '购物车、语言和本次选择。' },
        analytics: { title: '分析', description: '统计访问量，让我们了解大家在看哪些茶。' },
        marketing: { title: '营销', description: '广告像素和第三方冲泡视频。' },
        preferences: { title: '偏好', description: '记住您浏览过的茶。' },
        ...chinese ? { location: { title: '精确位置', description: '用于显示离您最近的茶馆。' } } : {}
      } }
    },
    ui: { floatingButton: true, theme: 'light' }
  }
}

/** The config as the text of a `<script type="application/json">` block: `<` escaped so no text can close it. */
export const configBlock = (revision, lang) => JSON.stringify(consentConfig(revision, lang), null, 2).replace(/</g, '\\u003c')
